#pragma once

#include "MessageBanner.h"
#include "store/StoreError.h"

#include <QCoreApplication>
#include <exception>

// Runs a read for a panel or dialog (SectionPage::guarded is for whole pages): a store failure becomes a
// message in `banner` instead of an exception escaping into Qt's event loop.
namespace StoreRead {
template <typename F> bool run(MessageBanner *banner, F &&read) {
    try {
        read();
        return true;
    } catch (const std::exception &e) {
        const auto *storeError = dynamic_cast<const StoreError *>(&e);
        const QString detail = storeError ? storeError->message() : QString::fromLocal8Bit(e.what());
        banner->showError(QCoreApplication::translate(
                              "StoreRead", "The store could not be read, so this may be out of date. %1")
                              .arg(detail));
        return false;
    }
}
} // namespace StoreRead
