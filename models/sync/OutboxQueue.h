#pragma once

#include "SyncProtocol.h"

#include <QList>
#include <QSet>

class Store;

// The desk's side of push: the outbox in order, and what to do with the server's answers. An op leaves the
// outbox only when the server has answered for it; an op the server turned down has the rows it wrote
// put back to the server's copy in the same transaction, so the desk never keeps a change the council's
// record does not have.
class OutboxQueue {
public:
    explicit OutboxQueue(Store &store);

    int count() const;
    QList<SyncProtocol::Op> pending(int limit) const; // oldest first

    // Removes answered ops; for rejected and conflicting ops writes back the server's rows, skipping rows
    // that a still-pending op also wrote (its own answer will settle them). One transaction.
    void settle(const QList<SyncProtocol::Outcome> &outcomes);

    // "table/id" of every row a pending op wrote: pulled data must not overwrite them.
    QSet<QString> pendingRows() const;

    // Counts a failed attempt on the first op (shown in the sync screen, never blocks anything).
    void noteFailure(const QString &opId, const QString &error);

private:
    Store &m_store;
};
