#include "SyncServer.h"
#include "core/AppIdentity.h"
#include "core/Clock.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QHostAddress>
#include <QTextStream>

// techmates-server (DESIGN.md §7):
//   techmates-server (--data DIR | --database postgresql://...) --listen HOST:PORT
//   techmates-server --init-admin NAME (--data DIR | --database ...)   # password from TECHMATES_PASSWORD
//   techmates-server --import-store STORE (--data DIR | --database ...)  # an empty server from a desk's
//   store
int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    applyAppIdentity();
    QCoreApplication::setApplicationName(QStringLiteral("TechMates Server"));
    QTextStream err(stderr);

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("The council back end that TechMates desks sync with."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption data(QStringLiteral("data"),
                                  QStringLiteral("Folder for the server's SQLite store."),
                                  QStringLiteral("DIR"));
    const QCommandLineOption database(
        QStringLiteral("database"), QStringLiteral("PostgreSQL URL for the ledger."), QStringLiteral("URL"));
    const QCommandLineOption listen(QStringLiteral("listen"),
                                    QStringLiteral("Address and port, e.g. 127.0.0.1:8080."),
                                    QStringLiteral("HOST:PORT"));
    const QCommandLineOption initAdmin(
        QStringLiteral("init-admin"),
        QStringLiteral("Create the first administrator (password from TECHMATES_PASSWORD)."),
        QStringLiteral("NAME"));
    const QCommandLineOption cert(QStringLiteral("tls-cert"), QStringLiteral("PEM certificate for HTTPS."),
                                  QStringLiteral("FILE"));
    const QCommandLineOption key(QStringLiteral("tls-key"), QStringLiteral("PEM private key for HTTPS."),
                                 QStringLiteral("FILE"));
    const QCommandLineOption importStore(
        QStringLiteral("import-store"),
        QStringLiteral("Start an empty server from a desk's store: its people and every record."),
        QStringLiteral("STORE"));
    parser.addOptions({data, database, listen, initAdmin, importStore, cert, key});
    if (!parser.parse(app.arguments())) {
        err << parser.errorText() << "\n";
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        parser.showHelp(0);
    }
    if (parser.isSet(QStringLiteral("version"))) {
        parser.showVersion();
    }
    SyncServer::Options options;
    options.dataDir = parser.value(data);
    options.databaseUrl = parser.value(database);
    options.certificate = parser.value(cert);
    options.privateKey = parser.value(key);
    if (options.dataDir.isEmpty() && options.databaseUrl.isEmpty()) {
        err << "Name where the server keeps its records: --data DIR or --database postgresql://...\n";
        return 2;
    }
    if (options.certificate.isEmpty() != options.privateKey.isEmpty()) {
        err << "HTTPS needs both --tls-cert and --tls-key.\n";
        return 2;
    }

    if (parser.isSet(initAdmin)) {
        const QString password = qEnvironmentVariable("TECHMATES_PASSWORD");
        if (password.isEmpty()) {
            err << "Set TECHMATES_PASSWORD to the new administrator's password.\n";
            return 2;
        }
        if (std::optional<QString> problem =
                SyncServer::initAdmin(options, parser.value(initAdmin), password)) {
            err << *problem << "\n";
            return 1;
        }
        QTextStream(stdout) << "Created administrator " << parser.value(initAdmin) << ".\n";
        return 0;
    }

    if (parser.isSet(importStore)) {
        if (!QFileInfo::exists(parser.value(importStore))) {
            err << "There is no store at " << parser.value(importStore) << ".\n";
            return 3;
        }
        QTextStream out(stdout);
        qint64 rows = 0;
        qint64 shown = 0;
        const std::optional<QString> problem =
            SyncServer::importStore(options, parser.value(importStore), &rows, [&](qint64 done) {
                if (done - shown >= 100000) { // a line now and then on a long import
                    shown = done;
                    out << "Imported " << done << " records…\n" << Qt::flush;
                }
            });
        if (problem) {
            err << *problem << "\n";
            return 1;
        }
        out << "Imported " << rows << " records from " << parser.value(importStore) << ".\n";
        return 0;
    }

    const QString where = parser.value(listen);
    const qsizetype colon = where.lastIndexOf(QLatin1Char(':'));
    bool portOk = false;
    const int port = colon < 0 ? -1 : where.mid(colon + 1).toInt(&portOk);
    const QHostAddress address(colon <= 0 ? QString() : where.left(colon));
    if (!portOk || port < 0 || port > 65535 || address.isNull()) {
        err << "Give --listen HOST:PORT, for example --listen 127.0.0.1:8080.\n";
        return 2;
    }
    SystemClock clock;
    SyncServer server(options, clock);
    QString problem;
    const quint16 bound = server.start(address, static_cast<quint16>(port), &problem);
    if (bound == 0) {
        err << problem << "\n";
        return 3;
    }
    QTextStream(stdout) << "Listening on " << address.toString() << ":" << bound << "\n" << Qt::flush;
    return app.exec();
}
