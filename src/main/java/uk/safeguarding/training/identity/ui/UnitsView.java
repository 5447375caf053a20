package uk.safeguarding.training.identity.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.data.provider.hierarchy.TreeData;
import com.vaadin.flow.data.provider.hierarchy.TreeDataProvider;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import uk.safeguarding.training.identity.AppRoles;
import uk.safeguarding.training.identity.ChangeRefused;
import uk.safeguarding.training.identity.OrganisationUnit;
import uk.safeguarding.training.identity.UnitAdministration;

/** Administrators shape the organisation tree: add a unit below another, rename, move and retire units. */
@Route("admin/units")
@PageTitle("Units | Safeguarding Training")
@Menu(order = 4.1, title = "Units", icon = "vaadin:sitemap")
@RolesAllowed(AppRoles.ADMIN)
class UnitsView extends Main {

    private final UnitAdministration units;
    private final TreeGrid<OrganisationUnit> tree = new TreeGrid<>();
    private final Button add = new Button("Add unit below", e -> withSelected(this::addBelow));
    private final Button rename = new Button("Rename", e -> withSelected(this::rename));
    private final Button move = new Button("Move", e -> withSelected(this::move));
    private final Button retire = new Button("Retire", e -> withSelected(this::retire));
    private final Paragraph hint = new Paragraph();
    private UnitLabels labels;

    UnitsView(UnitAdministration units) {
        this.units = units;
        addClassName("page");
        tree.addHierarchyColumn(OrganisationUnit::getName).setHeader("Unit").setFlexGrow(3);
        tree.addColumn(u -> u.isRetired() ? "Retired" : "In use").setHeader("Status");
        tree.addColumn(u -> units.activePeopleIn(u.getId())).setHeader("Active people (with units below)");
        tree.setAriaLabel("Units");
        tree.addSelectionListener(e -> updateButtons());
        hint.getElement().setAttribute("role", "status");
        Div actions = new Div(add, rename, move, retire);
        actions.addClassName("unit-actions");
        add(new H1("Units"), new Paragraph("Choose a unit in the tree (click it, or use the arrow keys and Space), then an action."),
                actions, hint, tree);
        refresh(null);
    }

    private void refresh(OrganisationUnit select) {
        List<OrganisationUnit> all = units.units();
        labels = new UnitLabels(all);
        Map<Long, OrganisationUnit> byId = new HashMap<>();
        all.forEach(u -> byId.put(u.getId(), u));
        TreeData<OrganisationUnit> data = new TreeData<>();
        for (OrganisationUnit unit : all) { // by path, so every parent comes before its children
            Long parentId = UnitLabels.parentId(unit);
            data.addItem(parentId == null ? null : byId.get(parentId), unit);
        }
        tree.setDataProvider(new TreeDataProvider<>(data));
        tree.expand(all.stream().filter(u -> u.depth() < 2).toList());
        if (select != null) {
            OrganisationUnit fresh = byId.get(select.getId());
            OrganisationUnit parent = fresh == null ? null : byId.get(UnitLabels.parentId(fresh));
            if (parent != null) {
                tree.expand(parent);
            }
            tree.select(fresh);
        }
        updateButtons();
    }

    private void updateButtons() {
        OrganisationUnit selected = tree.asSingleSelect().getValue();
        boolean inUse = selected != null && !selected.isRetired();
        add.setEnabled(inUse);
        rename.setEnabled(selected != null);
        move.setEnabled(inUse && UnitLabels.parentId(selected) != null);
        retire.setEnabled(inUse && UnitLabels.parentId(selected) != null);
    }

    private void withSelected(Consumer<OrganisationUnit> action) {
        OrganisationUnit selected = tree.asSingleSelect().getValue();
        if (selected != null) {
            action.accept(selected);
        }
    }

    private void addBelow(OrganisationUnit parent) {
        TextField name = new TextField("Name of the new unit");
        ask("Add a unit below " + parent.getName(), "Add unit", name, () -> {
            OrganisationUnit added = units.addUnit(name.getValue(), parent.getId());
            done("Added " + added.getName() + " below " + parent.getName() + ".", added);
        });
    }

    private void rename(OrganisationUnit unit) {
        TextField name = new TextField("New name");
        name.setValue(unit.getName());
        ask("Rename " + unit.getName(), "Save name", name, () -> {
            units.renameUnit(unit.getId(), name.getValue());
            done("Renamed " + unit.getName() + " to " + name.getValue().strip() + ".", unit);
        });
    }

    private void move(OrganisationUnit unit) {
        ComboBox<OrganisationUnit> parent = new ComboBox<>("Move under");
        parent.setItems(units.unitsInUse().stream().filter(u -> !unit.contains(u)).toList());
        parent.setItemLabelGenerator(labels::label);
        parent.setHelperText("Everything below " + unit.getName() + " moves with it, and so do the people in it.");
        ask("Move " + unit.getName(), "Move here", parent, () -> {
            if (parent.getValue() == null) {
                throw new ChangeRefused(ChangeRefused.Field.PARENT, "Choose the unit to move it under.");
            }
            units.moveUnit(unit.getId(), parent.getValue().getId());
            done("Moved " + unit.getName() + " under " + parent.getValue().getName() + ".", unit);
        });
    }

    private void retire(OrganisationUnit unit) {
        Paragraph explanation = new Paragraph(unit.getName() + " will no longer be offered for new people, moves or "
                + "managers. Past training records keep its name. Only a unit with nobody active in it or below it can be retired.");
        ask("Retire " + unit.getName(), "Retire unit", explanation, () -> {
            units.retireUnit(unit.getId());
            done("Retired " + unit.getName() + ".", unit);
        });
    }

    /** A small dialog with one field (or an explanation) and a confirm button; refusals show on the field. */
    private void ask(String title, String confirm, Component field, Runnable change) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(title);
        Paragraph problem = new Paragraph();
        problem.getElement().setAttribute("role", "alert");
        problem.addClassName("form-problem");
        if (field instanceof TextField text) {
            text.setWidthFull();
        } else if (field instanceof ComboBox<?> combo) {
            combo.setWidthFull();
        }
        dialog.add(field, problem);
        Button ok = new Button(confirm, e -> {
            try {
                change.run();
                dialog.close();
            } catch (ChangeRefused refused) {
                if (field instanceof HasValidation validated) {
                    validated.setErrorMessage(refused.getMessage());
                    validated.setInvalid(true);
                } else {
                    problem.setText(refused.getMessage());
                }
            }
        });
        ok.addThemeVariants(confirm.equals("Retire unit") ? new ButtonVariant[] {ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR}
                : new ButtonVariant[] {ButtonVariant.LUMO_PRIMARY});
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), ok);
        dialog.setWidth("min(34rem, 95vw)");
        dialog.open();
    }

    private void done(String message, OrganisationUnit select) {
        hint.setText(message);
        refresh(select);
    }
}
