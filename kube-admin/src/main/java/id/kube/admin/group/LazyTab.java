package id.kube.admin.group;

import java.util.function.Supplier;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;

/** A tab whose content is built the first time it is shown, so a group page reads the books only when asked to. */
final class LazyTab extends Div {

    private final Supplier<? extends Component> content;
    private boolean built;

    LazyTab(Supplier<? extends Component> content) {
        this.content = content;
        setWidthFull();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        if (!built) {
            built = true;
            add(content.get());
        }
    }
}
