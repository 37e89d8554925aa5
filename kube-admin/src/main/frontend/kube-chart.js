// <kube-chart options='{...}'>: an Apache ECharts chart (Apache-2.0) whose options come from the server as JSON.
import * as echarts from 'echarts/core';
import { BarChart, LineChart, PieChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([BarChart, LineChart, PieChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

class KubeChart extends HTMLElement {
  static get observedAttributes() {
    return ['options'];
  }

  connectedCallback() {
    if (!this.style.display) {
      this.style.display = 'block';
    }
    if (!this.chart) {
      this.chart = echarts.init(this, null, { renderer: 'svg' });
      this.resizeObserver = new ResizeObserver(() => this.chart && this.chart.resize());
      this.resizeObserver.observe(this);
    }
    this.render();
  }

  disconnectedCallback() {
    if (this.resizeObserver) {
      this.resizeObserver.disconnect();
    }
    if (this.chart) {
      this.chart.dispose();
      this.chart = null;
    }
  }

  attributeChangedCallback() {
    this.render();
  }

  render() {
    const options = this.getAttribute('options');
    if (this.chart && options) {
      this.chart.setOption(JSON.parse(options), true);
      this.setAttribute('rendered', '');
    }
  }
}

customElements.define('kube-chart', KubeChart);
