#include "ForeignKeysOff.h"

#include "Store.h"

ForeignKeysOff::ForeignKeysOff(Store &store)
    : m_store(store) {
    m_store.execScript(QStringLiteral("PRAGMA foreign_keys=OFF"));
}

ForeignKeysOff::~ForeignKeysOff() {
    try {
        m_store.execScript(QStringLiteral("PRAGMA foreign_keys=ON"));
    } catch (...) {
        // A destructor must not throw; the next Store::open switches them on again anyway.
    }
}
