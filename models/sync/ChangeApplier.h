#pragma once

#include "SyncProtocol.h"

class Store;

// The desk's side of pull: one page of the server's change feed written in one transaction together with
// the new checkpoint, so a page is either wholly applied or fetched again. Rows that a pending outbox op
// wrote are left alone (the op's answer settles them), and every stamp seen moves the desk's clock on.
class ChangeApplier {
public:
    explicit ChangeApplier(Store &store);

    qint64 checkpoint() const;                  // the server sequence this desk has applied up to
    void apply(const SyncProtocol::Page &page); // throws StoreError; nothing written on failure

    static QString state(Store &store, const QString &key);
    static void setState(Store &store, const QString &key, const QString &value);

private:
    Store &m_store;
};
