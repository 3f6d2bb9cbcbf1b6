#pragma once

class Store;

// Foreign-key checks off for the guard's life (SQLite only allows this outside a transaction, so make the
// guard before the Transaction). For writing rows another store has already checked: a pulled page, rows put
// back from the server, a working copy rebuilt from the feed. A desk holds only its share of the records.
class ForeignKeysOff {
public:
    explicit ForeignKeysOff(Store &store);
    ~ForeignKeysOff();
    ForeignKeysOff(const ForeignKeysOff &) = delete;
    ForeignKeysOff &operator=(const ForeignKeysOff &) = delete;

private:
    Store &m_store;
};
