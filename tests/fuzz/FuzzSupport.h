#pragma once

// Shared by the libFuzzer harnesses of tests/fuzz (docs/fuzzing.md): a Qt application object, and a store
// with reference data (a branch, users, device types, devices, residents, the badge catalogue) built once
// per process, so a harness that needs the database only runs its parser against it.
#include "LoanFixtures.h"
#include "TestStore.h"

#include <QByteArray>
#include <cstddef>
#include <cstdint>

namespace Fuzz {

void ensureApp();

// The fixture store (created on first use, kept for the life of the process).
TestStore &store();
LoanFixtures &loans();

inline QByteArray bytes(const uint8_t *data, size_t size) {
    return QByteArray(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
}

// A failed property: prints and aborts, which libFuzzer reports as a crash with the input saved.
[[noreturn]] void violated(const char *what, const QString &detail = {});

} // namespace Fuzz

// Every harness: LLVMFuzzerTestOneInput; the support defines LLVMFuzzerInitialize.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
