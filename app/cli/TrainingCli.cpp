// `techmates training …`: the accredited TechMates pathway (docs/training.md).
#include "CliArgs.h"
#include "CliContext.h"
#include "CliRegistry.h"
#include "core/CsvReader.h"
#include "store/Store.h"
#include "store/StoreError.h"
#include "training/ClaimCommands.h"
#include "training/TrainingCommands.h"
#include "training/TrainingQueries.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

// A named namespace around the file's helpers so that lupdate files their tr() texts under "Cli",
// the context the helper below translates with.
namespace Cli {
namespace {
QString tr(const char *text) {
    return QCoreApplication::translate("Cli", text);
}

int usageError(CliContext &ctx, const QString &message) {
    ctx.err() << message << Qt::endl;
    return ExitUsage;
}

// "TM02.3" → the third outcome of unit TM02.
std::optional<QString> outcomeId(CliContext &ctx, const QString &ref, QString *error) {
    const qsizetype dot = ref.lastIndexOf(QLatin1Char('.'));
    bool ok = false;
    const int seq = dot > 0 ? ref.mid(dot + 1).toInt(&ok) : 0;
    if (!ok) {
        *error = tr("--outcome takes a unit code and outcome number, like TM02.3.");
        return std::nullopt;
    }
    const std::optional<TrainingUnit> unit =
        TrainingCatalogue(ctx.store().database()).unitByCode(ref.left(dot));
    if (!unit) {
        *error = tr("There is no unit with the code %1.").arg(ref.left(dot));
        return std::nullopt;
    }
    for (const TrainingOutcome &o : unit->outcomes) {
        if (o.seq == seq) {
            return o.id;
        }
    }
    *error =
        tr("The unit %1 has no outcome %2 (it has %3).").arg(unit->code).arg(seq).arg(unit->outcomes.size());
    return std::nullopt;
}

template <typename F> int guarded(CliContext &ctx, F &&body) {
    try {
        return body();
    } catch (const StoreError &e) {
        ctx.err() << e.message() << Qt::endl;
        return ExitStore;
    }
}

int pathwayImport(CliContext &ctx, const QStringList &args) {
    CliArgs a;
    QString error;
    if (!a.parse(args, {QStringLiteral("default")}, {QStringLiteral("file")}, &error) ||
        !a.positionals().isEmpty() || a.has(QStringLiteral("default")) == a.has(QStringLiteral("file"))) {
        return usageError(ctx, error.isEmpty()
                                   ? tr("Usage: techmates training pathway-import (--file FILE.json | "
                                        "--default)")
                                   : error);
    }
    PathwayFile file;
    if (a.has(QStringLiteral("default"))) {
        file = PathwayFile::defaultPathway();
    } else {
        QFile f(a.value(QStringLiteral("file")));
        if (!f.open(QIODevice::ReadOnly)) {
            ctx.err() << tr("Cannot read %1: %2").arg(f.fileName(), f.errorString()) << Qt::endl;
            return ExitStore;
        }
        file = PathwayFile::parseJson(f.read(5 * 1024 * 1024));
    }
    if (!file.ok()) {
        ctx.err() << tr("Nothing was imported:") << Qt::endl
                  << file.problems.join(QLatin1Char('\n')) << Qt::endl;
        return ExitRefused;
    }
    if (!ctx.signIn()) {
        return ctx.exitCode();
    }
    ImportPathwayCommand command(file.pathway);
    return ctx.run(command);
}

int enrol(CliContext &ctx, const QStringList &args) {
    CliArgs a;
    QString error;
    QDate on;
    if (!a.parse(args, {}, {QStringLiteral("volunteer"), QStringLiteral("pathway"), QStringLiteral("date")},
                 &error) ||
        !a.positionals().isEmpty() || a.value(QStringLiteral("volunteer")).isEmpty() ||
        !a.date(QStringLiteral("date"), &on, &error)) {
        return usageError(ctx, error.isEmpty()
                                   ? tr("Usage: techmates training enrol --volunteer ID [--pathway CODE] "
                                        "[--date DATE]")
                                   : error);
    }
    if (!ctx.signIn()) {
        return ctx.exitCode();
    }
    EnrolCommand command(a.value(QStringLiteral("volunteer")),
                         a.value(QStringLiteral("pathway"), QStringLiteral("TMAP")), on);
    return ctx.run(command);
}

int evidence(CliContext &ctx, const QStringList &args) {
    CliArgs a;
    QString error;
    if (!a.parse(args, {},
                 {QStringLiteral("volunteer"), QStringLiteral("outcome"), QStringLiteral("kind"),
                  QStringLiteral("note"), QStringLiteral("file")},
                 &error) ||
        !a.positionals().isEmpty() || a.value(QStringLiteral("outcome")).isEmpty() ||
        a.value(QStringLiteral("kind")).isEmpty()) {
        return usageError(ctx, error.isEmpty()
                                   ? tr("Usage: techmates training evidence --outcome UNIT.N --kind "
                                        "observation|file|photo|note [--note TEXT] [--file PATH] "
                                        "[--volunteer ID]")
                                   : error);
    }
    if (!ctx.signIn()) {
        return ctx.exitCode();
    }
    return guarded(ctx, [&] {
        QString why;
        const std::optional<QString> outcome = outcomeId(ctx, a.value(QStringLiteral("outcome")), &why);
        if (!outcome) {
            ctx.err() << why << Qt::endl;
            return int(ExitRefused);
        }
        const QString volunteer = a.value(QStringLiteral("volunteer"), ctx.actor().volunteerId());
        EvidenceRequest request{volunteer,
                                *outcome,
                                a.value(QStringLiteral("kind")),
                                a.value(QStringLiteral("note")),
                                a.value(QStringLiteral("file")),
                                volunteer != ctx.actor().volunteerId(),
                                {},
                                {},
                                0};
        AddEvidenceCommand command(request);
        const int code = ctx.run(command);
        if (code != ExitDone) {
            command.discardCopiedFile();
        }
        return code;
    });
}

int signoff(CliContext &ctx, const QStringList &args) {
    CliArgs a;
    QString error;
    if (!a.parse(args, {}, {QStringLiteral("volunteer"), QStringLiteral("outcome")}, &error) ||
        !a.positionals().isEmpty() || a.value(QStringLiteral("volunteer")).isEmpty() ||
        a.value(QStringLiteral("outcome")).isEmpty()) {
        return usageError(ctx, error.isEmpty()
                                   ? tr("Usage: techmates training signoff --volunteer ID --outcome UNIT.N")
                                   : error);
    }
    if (!ctx.signIn()) {
        return ctx.exitCode();
    }
    return guarded(ctx, [&] {
        QString why;
        const std::optional<QString> outcome = outcomeId(ctx, a.value(QStringLiteral("outcome")), &why);
        if (!outcome) {
            ctx.err() << why << Qt::endl;
            return int(ExitRefused);
        }
        SignOffOutcomeCommand command(a.value(QStringLiteral("volunteer")), *outcome);
        return ctx.run(command);
    });
}

int verify(CliContext &ctx, const QStringList &args) {
    CliArgs a;
    QString error;
    if (!a.parse(args, {}, {QStringLiteral("volunteer"), QStringLiteral("unit")}, &error) ||
        !a.positionals().isEmpty() || a.value(QStringLiteral("volunteer")).isEmpty() ||
        a.value(QStringLiteral("unit")).isEmpty()) {
        return usageError(
            ctx, error.isEmpty() ? tr("Usage: techmates training verify --volunteer ID --unit CODE") : error);
    }
    if (!ctx.signIn()) {
        return ctx.exitCode();
    }
    VerifyUnitCommand command(a.value(QStringLiteral("volunteer")), a.value(QStringLiteral("unit")));
    return ctx.run(command);
}

int progress(CliContext &ctx, const QStringList &args) {
    CliArgs a;
    QString error;
    if (!a.parse(args, {QStringLiteral("json")}, {QStringLiteral("volunteer")}, &error) ||
        !a.positionals().isEmpty()) {
        return usageError(ctx, error.isEmpty()
                                   ? tr("Usage: techmates training progress [--volunteer ID] [--json]")
                                   : error);
    }
    if (!ctx.signIn()) {
        return ctx.exitCode();
    }
    return guarded(ctx, [&] {
        const QString volunteer = a.value(QStringLiteral("volunteer"), ctx.actor().volunteerId());
        const std::optional<Portfolio> p =
            TrainingQueries(ctx.store().database()).portfolio(volunteer, ctx.actor());
        if (!p) {
            ctx.err() << tr("No training record you may see for that volunteer.") << Qt::endl;
            return int(ExitRefused);
        }
        if (a.has(QStringLiteral("json"))) {
            QJsonArray units;
            for (const UnitProgress &u : p->units) {
                units.append(QJsonObject{
                    {QStringLiteral("code"), u.unit.code},
                    {QStringLiteral("title"), u.unit.title},
                    {QStringLiteral("outcomes"), int(u.outcomes.size())},
                    {QStringLiteral("signed_off"), u.signedOff()},
                    {QStringLiteral("achieved_on"),
                     u.achieved() ? QJsonValue(u.achievedOn.toString(Qt::ISODate)) : QJsonValue()},
                    {QStringLiteral("verified"), u.verified()},
                    {QStringLiteral("certificate"), u.certificateNumber}});
            }
            QJsonArray enrolments;
            for (const Portfolio::Enrolment &e : p->enrolments) {
                enrolments.append(
                    QJsonObject{{QStringLiteral("pathway"), e.pathwayCode},
                                {QStringLiteral("enrolled_on"), e.enrolledOn.toString(Qt::ISODate)},
                                {QStringLiteral("graduated_on"),
                                 e.graduatedOn.isValid() ? QJsonValue(e.graduatedOn.toString(Qt::ISODate))
                                                         : QJsonValue()}});
            }
            ctx.out() << QJsonDocument(QJsonObject{{QStringLiteral("volunteer"), p->volunteerId},
                                                   {QStringLiteral("name"), p->volunteerName},
                                                   {QStringLiteral("units_achieved"), p->achievedUnits()},
                                                   {QStringLiteral("units"), units},
                                                   {QStringLiteral("enrolments"), enrolments}})
                             .toJson(QJsonDocument::Indented);
            return int(ExitDone);
        }
        ctx.out() << tr("%1: %2 of %3 units achieved.")
                         .arg(p->volunteerName)
                         .arg(p->achievedUnits())
                         .arg(p->units.size())
                  << Qt::endl;
        for (const UnitProgress &u : p->units) {
            ctx.out() << "  " << u.unit.code << ' ' << u.unit.title << ": "
                      << (u.achieved() ? tr("achieved %1%2")
                                             .arg(u.achievedOn.toString(Qt::ISODate),
                                                  u.verified() ? tr(", verified") : QString())
                                       : tr("%1 of %2 signed off").arg(u.signedOff()).arg(u.outcomes.size()))
                      << Qt::endl;
        }
        return int(ExitDone);
    });
}

int claimCreate(CliContext &ctx, const QStringList &args) {
    CliArgs a;
    QString error;
    if (!a.parse(args, {QStringLiteral("all-verified")}, {QStringLiteral("reference")}, &error) ||
        !a.positionals().isEmpty() || !a.has(QStringLiteral("all-verified"))) {
        return usageError(ctx, error.isEmpty() ? tr("Usage: techmates training claim-create --all-verified "
                                                    "[--reference REF]")
                                               : error);
    }
    if (!ctx.signIn()) {
        return ctx.exitCode();
    }
    return guarded(ctx, [&] {
        QList<ClaimLine> lines;
        for (const ClaimableRow &r : TrainingQueries(ctx.store().database()).claimable(ctx.actor())) {
            lines.append({r.volunteerId, r.unitId});
        }
        CreateClaimCommand command(lines, a.value(QStringLiteral("reference")));
        return ctx.run(command);
    });
}

std::optional<ClaimRow> claimByReference(CliContext &ctx, const QString &reference) {
    for (const ClaimRow &c : TrainingQueries(ctx.store().database()).claims(ctx.actor())) {
        if (c.reference.compare(reference.trimmed(), Qt::CaseInsensitive) == 0) {
            return c;
        }
    }
    ctx.err() << tr("There is no claim %1.").arg(reference) << Qt::endl;
    return std::nullopt;
}

int claimSubmit(CliContext &ctx, const QStringList &args) {
    CliArgs a;
    QString error;
    if (!a.parse(args, {}, {QStringLiteral("claim")}, &error) || !a.positionals().isEmpty() ||
        a.value(QStringLiteral("claim")).isEmpty()) {
        return usageError(ctx,
                          error.isEmpty() ? tr("Usage: techmates training claim-submit --claim REF") : error);
    }
    if (!ctx.signIn()) {
        return ctx.exitCode();
    }
    return guarded(ctx, [&] {
        const std::optional<ClaimRow> claim = claimByReference(ctx, a.value(QStringLiteral("claim")));
        if (!claim) {
            return int(ExitRefused);
        }
        SubmitClaimCommand command(claim->id);
        return ctx.run(command);
    });
}

// A CSV with the columns volunteer (id), unit (code) and certificate, as the awarding body's list is kept.
int claimCertificate(CliContext &ctx, const QStringList &args) {
    CliArgs a;
    QString error;
    if (!a.parse(args, {}, {QStringLiteral("claim"), QStringLiteral("file")}, &error) ||
        !a.positionals().isEmpty() || a.value(QStringLiteral("claim")).isEmpty() ||
        a.value(QStringLiteral("file")).isEmpty()) {
        return usageError(ctx, error.isEmpty()
                                   ? tr("Usage: techmates training claim-certificate --claim REF --file CSV "
                                        "(columns volunteer,unit,certificate)")
                                   : error);
    }
    QFile f(a.value(QStringLiteral("file")));
    if (!f.open(QIODevice::ReadOnly)) {
        ctx.err() << tr("Cannot read %1: %2").arg(f.fileName(), f.errorString()) << Qt::endl;
        return ExitStore;
    }
    QString text;
    if (!CsvReader::decode(f.read(5 * 1024 * 1024), &text, &error)) {
        ctx.err() << error << Qt::endl;
        return ExitRefused;
    }
    if (!ctx.signIn()) {
        return ctx.exitCode();
    }
    return guarded(ctx, [&] {
        const std::optional<ClaimRow> claim = claimByReference(ctx, a.value(QStringLiteral("claim")));
        if (!claim) {
            return int(ExitRefused);
        }
        QHash<QString, QString> itemFor; // volunteer/unit code → item id
        for (const ClaimItemRow &i :
             TrainingQueries(ctx.store().database()).claimItems(claim->id, ctx.actor())) {
            itemFor.insert(i.volunteerId + QLatin1Char('/') + i.unitCode.toUpper(), i.id);
        }
        QHash<QString, QString> numbers;
        QStringList problems;
        CsvReader reader(text);
        if (!reader.atEnd()) {
            reader.next(); // header
        }
        while (!reader.atEnd()) {
            const CsvReader::Record r = reader.next();
            const QString key =
                r.fields.value(0).trimmed() + QLatin1Char('/') + r.fields.value(1).trimmed().toUpper();
            if (!r.ok() || !itemFor.contains(key)) {
                problems.append(
                    tr("line %1: no line of the claim is for that volunteer and unit.").arg(r.line));
                continue;
            }
            numbers.insert(itemFor.value(key), r.fields.value(2));
        }
        if (!problems.isEmpty()) {
            ctx.err() << tr("Nothing was recorded:") << Qt::endl
                      << problems.join(QLatin1Char('\n')) << Qt::endl;
            return int(ExitRefused);
        }
        CertificateClaimCommand command(claim->id, numbers);
        return ctx.run(command);
    });
}

int graduates(CliContext &ctx, const QStringList &args) {
    CliArgs a;
    QString error;
    if (!a.parse(args, {QStringLiteral("json")}, {}, &error) || !a.positionals().isEmpty()) {
        return usageError(ctx, error.isEmpty() ? tr("Usage: techmates training graduates [--json]") : error);
    }
    if (!ctx.signIn()) {
        return ctx.exitCode();
    }
    if (!TrainingQueries::seesEveryone(ctx.actor())) {
        ctx.err() << tr("Graduate figures are for assessors and coordinators.") << Qt::endl;
        return ExitRefused;
    }
    return guarded(ctx, [&] {
        const GraduateTotals g = TrainingQueries(ctx.store().database()).graduates(ctx.actor());
        if (a.has(QStringLiteral("json"))) {
            QJsonObject months;
            for (const auto &[month, n] : g.byMonth) {
                months.insert(month, n);
            }
            QJsonObject branches;
            for (const auto &[branch, n] : g.byBranch) {
                branches.insert(branch, n);
            }
            ctx.out() << QJsonDocument(QJsonObject{{QStringLiteral("graduates"), g.total},
                                                   {QStringLiteral("target"), g.target},
                                                   {QStringLiteral("enrolled"), g.enrolled},
                                                   {QStringLiteral("by_month"), months},
                                                   {QStringLiteral("by_branch"), branches}})
                             .toJson(QJsonDocument::Indented);
            return int(ExitDone);
        }
        ctx.out()
            << tr("%1 graduates of the target %2 (%3 enrolled).").arg(g.total).arg(g.target).arg(g.enrolled)
            << Qt::endl;
        for (const auto &[branch, n] : g.byBranch) {
            ctx.out() << "  " << branch << ": " << n << Qt::endl;
        }
        return int(ExitDone);
    });
}
} // namespace
} // namespace Cli
using namespace Cli;

void registerTrainingCliCommands(CliRegistry &registry) {
    const QString t = QStringLiteral("training");
    registry.add({t, QStringLiteral("pathway-import"),
                  QStringLiteral("training pathway-import (--file FILE.json | --default)"), pathwayImport});
    registry.add({t, QStringLiteral("enrol"),
                  QStringLiteral("training enrol --volunteer ID [--pathway CODE] [--date DATE]"), enrol});
    registry.add(
        {t, QStringLiteral("evidence"),
         QStringLiteral("training evidence --outcome UNIT.N --kind observation|file|photo|note [--note TEXT] "
                        "[--file PATH] [--volunteer ID]"),
         evidence});
    registry.add({t, QStringLiteral("signoff"),
                  QStringLiteral("training signoff --volunteer ID --outcome UNIT.N"), signoff});
    registry.add(
        {t, QStringLiteral("verify"), QStringLiteral("training verify --volunteer ID --unit CODE"), verify});
    registry.add({t, QStringLiteral("progress"),
                  QStringLiteral("training progress [--volunteer ID] [--json]"), progress});
    registry.add({t, QStringLiteral("claim-create"),
                  QStringLiteral("training claim-create --all-verified [--reference REF]"), claimCreate});
    registry.add({t, QStringLiteral("claim-submit"), QStringLiteral("training claim-submit --claim REF"),
                  claimSubmit});
    registry.add({t, QStringLiteral("claim-certificate"),
                  QStringLiteral("training claim-certificate --claim REF --file CSV"), claimCertificate});
    registry.add({t, QStringLiteral("graduates"), QStringLiteral("training graduates [--json]"), graduates});
}
