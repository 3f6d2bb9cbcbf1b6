#include "FuzzSupport.h"

#include "skills/BadgeCatalogue.h"
#include "skills/BadgeCatalogueCommands.h"

#include <QCoreApplication>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>

namespace Fuzz {
namespace {
// Never destroyed: libFuzzer leaves through exit(), and Qt's own globals may already be gone by then. The
// fixture store's folder is removed by an exit handler instead.
QCoreApplication *g_app = nullptr;
TestStore *g_store = nullptr;
LoanFixtures *g_loans = nullptr;
std::string g_storeDir;
int g_argc = 1;
char g_name[] = "techmates-fuzz";
char *g_argv[] = {g_name, nullptr};

void quiet(QtMsgType type, const QMessageLogContext &, const QString &message) {
    if (type == QtFatalMsg) {
        std::fprintf(stderr, "fatal: %s\n", qPrintable(message));
        std::abort();
    }
}
} // namespace

void ensureApp() {
    if (!QCoreApplication::instance()) {
        qInstallMessageHandler(quiet); // Qt's warnings about bad input would flood the fuzzer's output
        g_app = new QCoreApplication(g_argc, g_argv);
    }
}

TestStore &store() {
    if (!g_store) {
        ensureApp();
        g_store = new TestStore();
        g_storeDir = g_store->dir().toStdString();
        std::atexit([] { std::filesystem::remove_all(g_storeDir); });
        g_loans = new LoanFixtures(*g_store);
        g_loans->addDevice(QStringLiteral("LIB-00042"));
        g_loans->addDevice(QStringLiteral("LIB-00043"), QStringLiteral("MIFI"));
        g_loans->addResident(QStringLiteral("2000000001"));
        g_loans->addResident(QStringLiteral("2000000002"), QStringLiteral("Ben"), QStringLiteral("Okafor"));
        const BadgeCatalogueFile catalogue = BadgeCatalogueFile::defaultCatalogue();
        ImportBadgeCatalogueCommand load(catalogue.badges, catalogue.awardLevels);
        if (!g_store->bus().execute(load, g_store->admin()).ok()) {
            violated("fixture: cannot load the badge catalogue");
        }
    }
    return *g_store;
}

LoanFixtures &loans() {
    store();
    return *g_loans;
}

void violated(const char *what, const QString &detail) {
    std::fprintf(stderr, "PROPERTY VIOLATED: %s %s\n", what, qPrintable(detail));
    std::abort();
}

} // namespace Fuzz

extern "C" int LLVMFuzzerInitialize(int *, char ***) {
    Fuzz::ensureApp();
    return 0;
}
