// docs/openapi.json says what techmates-server does: every documented route answers with a documented
// status and a body that fits the documented schema, every route and method is exercised, and nothing
// undocumented answers.
#include "SyncHarness.h"
#include "sync/SyncHttp.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

namespace {

class SchemaCheck {
public:
    explicit SchemaCheck(QJsonObject doc)
        : m_doc(std::move(doc)) {}

    // Empty when `value` fits `schema`; otherwise where and why not.
    QString problem(const QJsonValue &value, QJsonObject schema,
                    const QString &at = QStringLiteral("$")) const {
        if (schema.contains(QLatin1String("$ref"))) {
            schema = resolve(schema.value(QLatin1String("$ref")).toString());
        }
        const QString type = schema.value(QLatin1String("type")).toString();
        if (type == QLatin1String("object")) {
            if (!value.isObject()) {
                return at + QStringLiteral(" is not an object");
            }
            const QJsonObject o = value.toObject();
            for (const QJsonValue &required : schema.value(QLatin1String("required")).toArray()) {
                if (!o.contains(required.toString())) {
                    return at + QStringLiteral(" lacks ") + required.toString();
                }
            }
            const QJsonObject properties = schema.value(QLatin1String("properties")).toObject();
            for (auto it = o.begin(); it != o.end(); ++it) {
                if (properties.contains(it.key())) {
                    const QString p = problem(it.value(), properties.value(it.key()).toObject(),
                                              at + QLatin1Char('.') + it.key());
                    if (!p.isEmpty()) {
                        return p;
                    }
                } else if (!properties.isEmpty()) {
                    return at + QStringLiteral(" has undocumented field ") + it.key();
                }
            }
        } else if (type == QLatin1String("array")) {
            if (!value.isArray()) {
                return at + QStringLiteral(" is not an array");
            }
            int i = 0;
            for (const QJsonValue &item : value.toArray()) {
                const QString p = problem(item, schema.value(QLatin1String("items")).toObject(),
                                          at + QStringLiteral("[%1]").arg(i++));
                if (!p.isEmpty()) {
                    return p;
                }
            }
        } else if (type == QLatin1String("string") && !value.isString()) {
            return at + QStringLiteral(" is not a string");
        } else if (type == QLatin1String("integer") &&
                   (!value.isDouble() || value.toDouble() != double(value.toInteger()))) {
            return at + QStringLiteral(" is not an integer");
        } else if (type == QLatin1String("boolean") && !value.isBool()) {
            return at + QStringLiteral(" is not a boolean");
        }
        const QJsonArray allowed = schema.value(QLatin1String("enum")).toArray();
        if (!allowed.isEmpty() && !allowed.contains(value)) {
            return at + QStringLiteral(" is not one of the documented values");
        }
        return {};
    }

    QJsonObject resolve(const QString &ref) const {
        QJsonObject node = m_doc;
        for (const QString &part : ref.mid(2).split(QLatin1Char('/'))) {
            node = node.value(part).toObject();
        }
        return node;
    }

private:
    QJsonObject m_doc;
};

struct Answer {
    int status = 0;
    QJsonObject body;
};

Answer call(const QUrl &base, const QByteArray &method, const QString &pathAndQuery, const QByteArray &body,
            const QString &token) {
    QNetworkAccessManager network;
    QUrl url = base;
    url.setPath(pathAndQuery.section(QLatin1Char('?'), 0, 0));
    url.setQuery(pathAndQuery.section(QLatin1Char('?'), 1));
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    if (!token.isEmpty()) {
        request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    }
    QNetworkReply *reply = network.sendCustomRequest(request, method, body);
    QSignalSpy done(reply, &QNetworkReply::finished);
    done.wait(10000);
    Answer a{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
             QJsonDocument::fromJson(reply->readAll()).object()};
    delete reply;
    return a;
}

} // namespace

class OpenApiTest : public QObject {
    Q_OBJECT

private slots:
    void serverDoesWhatTheDocumentSays() {
        QFile file(QStringLiteral(TECHMATES_OPENAPI));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject doc = QJsonDocument::fromJson(file.readAll()).object();
        const QJsonObject paths = doc.value(QLatin1String("paths")).toObject();
        QVERIFY(!paths.isEmpty());
        const SchemaCheck schemas(doc);

        SyncHarness h;
        SyncHarness::Desk &desk = h.join(QStringLiteral("coordinator"));
        const QString token = desk.account.token;
        const QByteArray op =
            QJsonDocument(QJsonObject{{QStringLiteral("ops"),
                                       QJsonArray{QJsonObject{
                                           {QStringLiteral("op_id"),
                                            QStringLiteral("5d4f0e4c-1111-4a44-9a6f-000000000001")},
                                           {QStringLiteral("command"), QStringLiteral("no.such.command")},
                                           {QStringLiteral("payload"), QJsonObject()},
                                           {QStringLiteral("hlc"), QStringLiteral("1772443800000-00000-x")},
                                           {QStringLiteral("at"), QStringLiteral("2026-03-02T09:30:00.000Z")},
                                           {QStringLiteral("user_id"), desk.account.userId}}}}})
                .toJson();
        QJsonArray tooMany;
        for (int i = 0; i < 501; ++i) {
            tooMany.append(QJsonObject());
        }
        struct Case {
            QString path;
            QByteArray method;
            QString query;
            QByteArray body;
            QString token;
            int expected;
        };
        const QString wrong = QStringLiteral(R"({"username":"coordinator","password":"not-it"})");
        QList<Case> cases = {
            {QStringLiteral("/api/v1/health"), "GET", {}, {}, {}, 200},
            {QStringLiteral("/api/v1/sign-in"),
             "POST",
             {},
             R"({"username":"coordinator","password":"password1"})",
             {},
             200},
            {QStringLiteral("/api/v1/sign-in"), "POST", {}, R"({"username":""})", {}, 400},
            {QStringLiteral("/api/v1/ops"), "POST", {}, op, token, 200},
            {QStringLiteral("/api/v1/ops"), "POST", {}, "not json", token, 400},
            {QStringLiteral("/api/v1/ops"), "POST", {}, op, {}, 401},
            {QStringLiteral("/api/v1/ops"),
             "POST",
             {},
             QJsonDocument(QJsonObject{{QStringLiteral("ops"), tooMany}}).toJson(),
             token,
             413},
            {QStringLiteral("/api/v1/changes"), "GET", QStringLiteral("since=0&limit=10"), {}, token, 200},
            {QStringLiteral("/api/v1/changes"), "GET", QStringLiteral("since=-1"), {}, token, 400},
            {QStringLiteral("/api/v1/changes"),
             "GET",
             QStringLiteral("since=0"),
             {},
             QStringLiteral("forged"),
             401},
        };
        for (int i = 0; i < 5; ++i) {
            cases.append({QStringLiteral("/api/v1/sign-in"), "POST", {}, wrong.toUtf8(), {}, 401});
        }
        cases.append({QStringLiteral("/api/v1/sign-in"), "POST", {}, wrong.toUtf8(), {}, 429});

        QSet<QString> exercised;
        for (const Case &c : cases) {
            const Answer a =
                call(h.url(), c.method, c.path + (c.query.isEmpty() ? QString() : QLatin1Char('?') + c.query),
                     c.body, c.token);
            const QString where = QString::fromLatin1(c.method) + QLatin1Char(' ') + c.path;
            QVERIFY2(
                a.status == c.expected,
                qPrintable(where + QStringLiteral(": HTTP %1, expected %2").arg(a.status).arg(c.expected)));
            const QJsonObject operation =
                paths.value(c.path).toObject().value(QString::fromLatin1(c.method).toLower()).toObject();
            QVERIFY2(!operation.isEmpty(), qPrintable(where + QStringLiteral(" is not documented")));
            const QJsonObject response = operation.value(QLatin1String("responses"))
                                             .toObject()
                                             .value(QString::number(a.status))
                                             .toObject();
            QVERIFY2(!response.isEmpty(),
                     qPrintable(where + QStringLiteral(": HTTP %1 is not documented").arg(a.status)));
            const QJsonObject schema = response.value(QLatin1String("content"))
                                           .toObject()
                                           .value(QLatin1String("application/json"))
                                           .toObject()
                                           .value(QLatin1String("schema"))
                                           .toObject();
            const QString p = schemas.problem(a.body, schema);
            QVERIFY2(p.isEmpty(), qPrintable(where + QStringLiteral(": ") + p));
            exercised.insert(where);
        }
        // Every documented route and method was tried.
        for (auto it = paths.begin(); it != paths.end(); ++it) {
            for (const QString &method : it.value().toObject().keys()) {
                QVERIFY2(
                    exercised.contains(method.toUpper() + QLatin1Char(' ') + it.key()),
                    qPrintable(method + QLatin1Char(' ') + it.key() + QStringLiteral(" was not exercised")));
            }
        }
        // Nothing undocumented answers.
        QCOMPARE(call(h.url(), "GET", QStringLiteral("/api/v1/users"), {}, token).status, 404);
        QVERIFY(call(h.url(), "DELETE", QStringLiteral("/api/v1/ops"), {}, token).status >= 400);
        QVERIFY(call(h.url(), "GET", QStringLiteral("/api/v1/ops"), {}, token).status >= 400);
    }
};

QTEST_GUILESS_MAIN(OpenApiTest)
#include "OpenApiTest.moc"
