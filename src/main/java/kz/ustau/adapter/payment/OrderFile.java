package kz.ustau.adapter.payment;

import java.util.List;
import kz.ustau.app.MonthResult;
import kz.ustau.app.port.MonthDocument;

/** A file of payment orders for a bank: written when there is at least one transfer, owned under its one name. */
abstract class OrderFile implements MonthDocument {
    private final String name;

    OrderFile(String name) {
        this.name = name;
    }

    @Override
    public List<String> files(MonthResult result) {
        return result.payments().isEmpty() ? List.of() : List.of(name);
    }

    @Override
    public boolean owns(String relativePath) {
        return relativePath.equals(name);
    }
}
