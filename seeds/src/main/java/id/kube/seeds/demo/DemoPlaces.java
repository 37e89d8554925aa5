package id.kube.seeds.demo;

import java.util.List;

/**
 * The seven regencies/cities of the demo, with districts and villages taken from the Kemendagri code list
 * (Kepmendagri No. 300.2.2-2138 Tahun 2025), the business activities typical of each place and the personal
 * names common there. Only codes that appear in that decree are listed here.
 */
public final class DemoPlaces {

    public record Village(String code, String name) {
        public String districtCode() {
            return code.substring(0, 8);
        }
    }

    public record District(String code, String name, List<Village> villages) {
    }

    /** A business the groups of a place typically run: activity type, product, monthly sales range. */
    public record Business(String type, String product, long salesMin, long salesMax) {
    }

    public record Regency(String code, String name, List<District> districts, List<Business> businesses,
                   List<String> groupNames, List<String> menNames, List<String> womenNames,
                   List<String> facilitators, String bank) {
    }

    private DemoPlaces() {
    }

    private static Village v(String code, String name) {
        return new Village(code, name);
    }

    public static final List<Regency> REGENCIES = List.of(
            new Regency("19.02", "Kabupaten Belitung",
                    List.of(new District("19.02.01", "Tanjungpandan", List.of(
                                    v("19.02.01.1002", "Parit"), v("19.02.01.2007", "Dukong"),
                                    v("19.02.01.2003", "Buluh Tumbang"), v("19.02.01.2004", "Perawas"),
                                    v("19.02.01.2010", "Air Saga"))),
                            new District("19.02.02", "Membalong", List.of(
                                    v("19.02.02.2001", "Membalong"), v("19.02.02.2006", "Bantan"),
                                    v("19.02.02.2003", "Lassar"))),
                            new District("19.02.04", "Sijuk", List.of(
                                    v("19.02.04.2001", "Sijuk"), v("19.02.04.2002", "Batu Itam"),
                                    v("19.02.04.2003", "Terong"), v("19.02.04.2008", "Keciput")))),
                    List.of(new Business("OLAHAN_PANGAN", "kerupuk ikan", 4_000_000, 9_000_000),
                            new Business("OLAHAN_PANGAN", "ikan asin dan terasi", 3_000_000, 7_000_000),
                            new Business("PERDAGANGAN", "warung kelontong", 5_000_000, 11_000_000),
                            new Business("PERIKANAN", "budidaya ikan kerapu", 2_500_000, 6_000_000)),
                    List.of("Bahari Sejahtera", "Kerupuk Ketumbi", "Pantai Tanjung Binga", "Mawar Laut",
                            "Sinar Perawas", "Harapan Nelayan", "Teripang Jaya"),
                    List.of("Ahmad Rusdi", "Zulkifli", "Junaidi", "Samsul Bahri", "Sukardi", "Asmawi",
                            "Sarifudin", "Abdul Hamid", "Yusuf Effendi", "Bong Kim Fat", "Rizal Hakim", "Marzuki"),
                    List.of("Siti Aminah", "Nurhayati", "Hasanah", "Rosmalina", "Fauziah", "Syarifah",
                            "Halimah", "Rohani", "Masnah", "Nurbaya", "Tjhin Ah Lan", "Yuliana", "Erna Wati"),
                    List.of("Dedi Kurniawan", "Yanti Susanti"), "Bank Sumsel Babel"),
            new Regency("19.06", "Kabupaten Belitung Timur",
                    List.of(new District("19.06.03", "Dendang", List.of(
                                    v("19.06.03.2001", "Dendang"), v("19.06.03.2002", "Jangkang"),
                                    v("19.06.03.2008", "Balok"))),
                            new District("19.06.04", "Kelapa Kampit", List.of(
                                    v("19.06.04.2001", "Mentawak"), v("19.06.04.2003", "Cendil"),
                                    v("19.06.04.2005", "Buding"))),
                            new District("19.06.05", "Damar", List.of(
                                    v("19.06.05.2001", "Air Kelik"), v("19.06.05.2002", "Mempaya"),
                                    v("19.06.05.2004", "Mengkubang")))),
                    List.of(new Business("OLAHAN_PANGAN", "kerupuk dan kemplang", 3_500_000, 8_000_000),
                            new Business("PERDAGANGAN", "warung kelontong", 4_500_000, 10_000_000),
                            new Business("PERTANIAN", "kebun lada", 2_000_000, 7_000_000),
                            new Business("KERAJINAN", "anyaman resam", 1_500_000, 4_000_000)),
                    List.of("Lada Putih Mentawak", "Serumpun Sebalai", "Karya Bersama Damar",
                            "Tunas Harapan Dendang", "Maju Bersama Cendil"),
                    List.of("Hasanudin", "Rusli", "Ahmad Syukri", "Bujang Rahman", "Firdaus", "Arifin",
                            "Suhaimi", "Lim Ah Seng", "Hendra Saputra", "Murni Jaya"),
                    List.of("Ratna Dewi", "Maimunah", "Nur Asiah", "Zuraidah", "Jubaidah", "Sri Wahyuni",
                            "Rosidah", "Kartini", "Liew Mei Ling", "Hamidah", "Saodah"),
                    List.of("Rahmat Hidayat"), "Bank Sumsel Babel"),
            new Regency("51.04", "Kabupaten Gianyar",
                    List.of(new District("51.04.01", "Sukawati", List.of(
                                    v("51.04.01.2001", "Batubulan"), v("51.04.01.2004", "Sukawati"),
                                    v("51.04.01.2005", "Celuk"), v("51.04.01.2002", "Ketewel"))),
                            new District("51.04.05", "Ubud", List.of(
                                    v("51.04.05.2002", "Mas"), v("51.04.05.2003", "Singakerta"),
                                    v("51.04.05.2001", "Lodtunduh"))),
                            new District("51.04.06", "Tegallalang", List.of(
                                    v("51.04.06.2002", "Tegallalang"), v("51.04.06.2003", "Kenderan"),
                                    v("51.04.06.2006", "Sebatu"), v("51.04.06.2007", "Taro")))),
                    List.of(new Business("KERAJINAN", "ukiran kayu", 4_000_000, 12_000_000),
                            new Business("KERAJINAN", "perak Celuk", 5_000_000, 14_000_000),
                            new Business("OLAHAN_PANGAN", "canang dan banten", 3_000_000, 7_500_000),
                            new Business("KERAJINAN", "anyaman bambu", 2_500_000, 6_000_000),
                            new Business("PETERNAKAN", "ternak babi", 3_000_000, 9_000_000)),
                    List.of("Sekar Jagat", "Werdhi Guna", "Karya Mandiri Celuk", "Canang Sari", "Taman Sari",
                            "Dharma Kerti", "Merta Sari", "Sari Amerta"),
                    List.of("I Wayan Suardana", "I Made Sudarsana", "I Nyoman Darma", "I Ketut Budiarta",
                            "I Gede Artawan", "I Komang Suparta", "I Putu Eka Saputra", "I Kadek Wirawan",
                            "I Nengah Sukarta", "I Wayan Mertha"),
                    List.of("Ni Wayan Sukerti", "Ni Made Sriasih", "Ni Nyoman Sumerti", "Ni Ketut Suartini",
                            "Ni Putu Ariani", "Ni Kadek Wulandari", "Ni Komang Ayu Lestari",
                            "Ni Made Rai Astuti", "Ni Nengah Sutarmi", "Ni Luh Sukadani", "Ni Wayan Warsiki"),
                    List.of("Ni Luh Putu Suryani", "I Made Wirata"), "BPD Bali"),
            new Regency("51.71", "Kota Denpasar",
                    List.of(new District("51.71.01", "Denpasar Selatan", List.of(
                                    v("51.71.01.1001", "Serangan"), v("51.71.01.1002", "Pedungan"),
                                    v("51.71.01.1003", "Sesetan"), v("51.71.01.2008", "Pemogan"))),
                            new District("51.71.03", "Denpasar Barat", List.of(
                                    v("51.71.03.1007", "Pemecutan"), v("51.71.03.2001", "Padangsambian Kelod"),
                                    v("51.71.03.2008", "Tegal Harum"))),
                            new District("51.71.04", "Denpasar Utara", List.of(
                                    v("51.71.04.1007", "Ubung"), v("51.71.04.1009", "Peguyangan"),
                                    v("51.71.04.2008", "Ubung Kaja")))),
                    List.of(new Business("PERDAGANGAN", "warung makan", 6_000_000, 13_000_000),
                            new Business("JASA_JAHIT", "jahit dan bordir kebaya", 3_500_000, 9_000_000),
                            new Business("OLAHAN_PANGAN", "jajan Bali", 3_000_000, 7_000_000),
                            new Business("E_WARONG", "e-warong bantuan pangan", 5_000_000, 10_000_000)),
                    List.of("Sinar Serangan", "Kebaya Lestari", "Warung Sesetan", "Mekar Sari Pedungan",
                            "Jahit Ubung Kaja"),
                    List.of("I Wayan Sutama", "I Made Gede Antara", "I Nyoman Rai", "I Ketut Sudiarsa",
                            "I Putu Agus Wiranata", "Muhammad Saleh", "I Gede Sudirta", "I Kadek Dwi Putra"),
                    List.of("Ni Wayan Kartini", "Ni Made Suarningsih", "Ni Nyoman Sari", "Ni Ketut Rusmini",
                            "Ni Putu Yuliani", "Siti Khodijah", "Ni Kadek Ayu Purnami", "Ni Luh Gede Sri Utami",
                            "Ni Komang Juliantari"),
                    List.of("Ni Kadek Sulastri"), "BPD Bali"),
            new Regency("52.01", "Kabupaten Lombok Barat",
                    List.of(new District("52.01.03", "Narmada", List.of(
                                    v("52.01.03.2001", "Lembuak"), v("52.01.03.2008", "Suranadi"),
                                    v("52.01.03.2011", "Sesaot"), v("52.01.03.2021", "Narmada"))),
                            new District("52.01.12", "Lingsar", List.of(
                                    v("52.01.12.2001", "Lingsar"), v("52.01.12.2002", "Batu Kumbung"),
                                    v("52.01.12.2003", "Sigerongan"))),
                            new District("52.01.02", "Kediri", List.of(
                                    v("52.01.02.2001", "Kediri"), v("52.01.02.2006", "Banyumulek"),
                                    v("52.01.02.2010", "Lelede")))),
                    List.of(new Business("KERAJINAN", "tenun songket Sasak", 3_000_000, 8_000_000),
                            new Business("KERAJINAN", "gerabah Banyumulek", 3_500_000, 9_000_000),
                            new Business("PETERNAKAN", "ternak sapi", 2_000_000, 8_000_000),
                            new Business("PETERNAKAN", "ternak kambing", 1_500_000, 5_000_000),
                            new Business("PERDAGANGAN", "warung kelontong", 4_000_000, 9_000_000)),
                    List.of("Tunas Muda Sesaot", "Gerabah Lestari", "Tenun Sasak Lingsar", "Bareng Maju",
                            "Suranadi Sejahtera", "Sapi Lestari", "Beriuk Tinjal"),
                    List.of("Lalu Muhammad Zaini", "Sahnan", "Munawir", "Saparudin", "Sahrul", "Zainudin",
                            "Amaq Rudi", "Mahnun", "Hairul Anwar", "Abdul Karim", "Lalu Suparman"),
                    List.of("Baiq Rukiah", "Husnul Hatimah", "Rukmini", "Hapsah", "Jumaah", "Sumiati",
                            "Inaq Sahnim", "Nurul Aini", "Baiq Sri Wahyuni", "Murniati", "Sapinah"),
                    List.of("Lalu Ahmad Fauzi", "Baiq Nurhasanah"), "Bank NTB Syariah"),
            new Regency("52.72", "Kota Bima",
                    List.of(new District("52.72.02", "Rasanae Timur", List.of(
                                    v("52.72.02.1004", "Kumbe"), v("52.72.02.1008", "Lampe"),
                                    v("52.72.02.1011", "Nungga"), v("52.72.02.1018", "Kodo"))),
                            new District("52.72.04", "Raba", List.of(
                                    v("52.72.04.1001", "Penaraga"), v("52.72.04.1004", "Kendo"),
                                    v("52.72.04.1005", "Ntobo"))),
                            new District("52.72.03", "Asakota", List.of(
                                    v("52.72.03.1001", "Melayu"), v("52.72.03.1004", "Kolo"),
                                    v("52.72.03.1006", "Ule")))),
                    List.of(new Business("KERAJINAN", "tenun tembe nggoli", 3_000_000, 8_500_000),
                            new Business("PERTANIAN", "bawang merah", 3_000_000, 10_000_000),
                            new Business("PERDAGANGAN", "warung kelontong", 4_000_000, 9_000_000),
                            new Business("OLAHAN_PANGAN", "madu dan susu kuda liar", 2_500_000, 6_500_000)),
                    List.of("Tembe Nggoli Ntobo", "Bawa Rasa", "Nggahi Rawi Pahu", "Mbojo Sejahtera",
                            "Bawang Merah Kodo"),
                    List.of("Syamsuddin", "Jamaluddin", "Arifin", "Muhtar", "Abubakar", "Ahmad Yani",
                            "Hamzah", "Ismail", "Sudirman", "Usman"),
                    List.of("Nurhayati", "Siti Hadijah", "Nurmi", "Ramlah", "Saodah", "Hasnah", "Rostina",
                            "St. Maryam", "Fatimah", "Jubaidah", "Salmah"),
                    List.of("Julkarnain"), "Bank NTB Syariah"),
            new Regency("35.14", "Kabupaten Pasuruan",
                    List.of(new District("35.14.02", "Tutur", List.of(
                                    v("35.14.02.2001", "Ngadirejo"), v("35.14.02.2004", "Andonosari"),
                                    v("35.14.02.2008", "Tutur"))),
                            new District("35.14.05", "Pasrepan", List.of(
                                    v("35.14.05.2011", "Pasrepan"), v("35.14.05.2002", "Galih"),
                                    v("35.14.05.2003", "Petung"))),
                            new District("35.14.21", "Nguling", List.of(
                                    v("35.14.21.2005", "Nguling"), v("35.14.21.2003", "Wotgalih"),
                                    v("35.14.21.2001", "Sanganom")))),
                    List.of(new Business("PETERNAKAN", "ternak kambing etawa", 2_000_000, 7_000_000),
                            new Business("OLAHAN_PANGAN", "olahan susu sapi perah", 4_000_000, 10_000_000),
                            new Business("PERTANIAN", "kebun apel dan sayur", 3_000_000, 8_000_000),
                            new Business("PERDAGANGAN", "toko kelontong", 5_000_000, 11_000_000)),
                    List.of("Sumber Rejeki Tutur", "Etawa Makmur", "Susu Segar Nongkojajar", "Tani Maju Pasrepan",
                            "Berkah Nguling"),
                    List.of("Sumarno", "Misnadi", "Abdul Rohim", "Slamet Riyadi", "Khoirul Anam", "Supriyadi",
                            "Moh. Sholeh", "Sugeng Hariyanto", "Matrawi", "Joko Santoso"),
                    List.of("Siti Khotijah", "Suwarni", "Mukarromah", "Sutini", "Nur Aini",
                            "Lilik Sulistyowati", "Sumiati", "Musyarofah", "Tri Wahyuni", "Sulastri", "Rohmah"),
                    List.of("Agus Setiawan", "Dwi Ratnasari"), "Bank Jatim"));
}
