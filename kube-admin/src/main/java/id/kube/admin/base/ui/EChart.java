package id.kube.admin.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;

/** An Apache ECharts chart (npm {@code echarts}, Apache-2.0): the server sends the chart options as JSON. */
@Tag("kube-chart")
@NpmPackage(value = "echarts", version = "5.6.0")
@JsModule("./kube-chart.js")
public class EChart extends Component implements HasSize {

    public EChart() {
        setWidthFull();
        setHeight("18rem");
    }

    public void setOptions(Json options) {
        getElement().setAttribute("options", options.toString());
    }
}
