// `techmates volunteer list` and `techmates booking create|confirm|list|outcome|propose|reminders`
// (DESIGN.md §7, docs/bookings.md).
#include "CliArgs.h"
#include "CliContext.h"
#include "CliRegistry.h"
#include "bookings/BookingCommands.h"
#include "bookings/BookingKeys.h"
#include "bookings/BookingQueries.h"
#include "bookings/BookingSupport.h"
#include "commands/CommandBus.h"
#include "core/CsvWriter.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

// A named namespace around the file's helpers so that lupdate files their tr() texts under "Cli",
// the context the helper below translates with.
namespace Cli {
namespace {
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1) {
    return QCoreApplication::translate("Cli", text, disambiguation, n);
}

int usageError(CliContext &ctx, const QString &message) {
    ctx.err() << message << Qt::endl;
    return ExitUsage;
}

int report(CliContext &ctx, const CommandResult &result) {
    if (result.ok()) {
        ctx.out() << result.message() << Qt::endl;
        for (const QString &w : result.warnings()) {
            ctx.err() << tr("Note: %1").arg(w) << Qt::endl;
        }
    } else {
        ctx.err() << result.message() << Qt::endl;
    }
    return CliContext::exitFor(result);
}

bool readMinutes(const QString &text, int *minutes) {
    bool ok = false;
    *minutes = text.trimmed().toInt(&ok);
    return ok;
}

QJsonArray jsonList(const QStringList &items) {
    return BookingSupport::toJson(items);
}

int volunteerList(CliContext &ctx, const QStringList &args) {
    CliArgs a;
    QString error;
    if (!a.parse(args, {QStringLiteral("json"), QStringLiteral("all")}, {}, &error) ||
        !a.positionals().isEmpty()) {
        return usageError(ctx,
                          error.isEmpty() ? tr("Usage: techmates volunteer list [--all] [--json]") : error);
    }
    if (!ctx.signIn()) {
        return ctx.exitCode();
    }
    if (!ctx.actor().can(Permission::BookingManage) && !ctx.actor().can(Permission::VolunteerManage) &&
        !ctx.actor().can(Permission::BookingOwn)) {
        ctx.err() << tr("%1 may not see volunteers.").arg(ctx.actor().displayName()) << Qt::endl;
        return ExitRefused;
    }
    const QList<VolunteerRow> rows = BookingQueries(ctx.store().database(), ctx.clock())
                                         .volunteers(ctx.actor(), a.has(QStringLiteral("all")));
    if (a.has(QStringLiteral("json"))) {
        QJsonArray out;
        for (const VolunteerRow &v : rows) {
            out.append(
                QJsonObject{{QStringLiteral("id"), v.id},
                            {QStringLiteral("name"), v.name},
                            {QStringLiteral("status"), v.status},
                            {QStringLiteral("dbs_valid_until"),
                             v.dbsValidUntil.isValid() ? QJsonValue(v.dbsValidUntil.toString(Qt::ISODate))
                                                       : QJsonValue()},
                            {QStringLiteral("dbs_state"), v.dbsState},
                            {QStringLiteral("dbs_alert_days"), v.alertDays},
                            {QStringLiteral("dbs_update_service"), v.dbsUpdateService},
                            {QStringLiteral("channels"), jsonList(v.channels)},
                            {QStringLiteral("languages"), jsonList(v.languages)},
                            {QStringLiteral("skills"), jsonList(v.skills)},
                            {QStringLiteral("home_branch"), v.homeBranch},
                            {QStringLiteral("max_minutes_per_week"), v.maxMinutesPerWeek},
                            {QStringLiteral("upcoming_sessions"), v.upcomingSessions}});
        }
        ctx.out() << QJsonDocument(out).toJson(QJsonDocument::Indented);
        return ExitDone;
    }
    for (const VolunteerRow &v : rows) {
        const QString dbs =
            v.dbsValidUntil.isValid()
                ? tr("DBS until %1 (%2)").arg(v.dbsValidUntil.toString(Qt::ISODate), v.dbsState)
                : tr("no DBS on record");
        ctx.out() << v.id << "  " << v.name << "  " << v.status << "  " << v.channels.join(QLatin1Char(','))
                  << "  " << dbs << Qt::endl;
    }
    ctx.err() << tr("%n volunteer(s).", nullptr, int(rows.size())) << Qt::endl;
    return ExitDone;
}

const char *kCreateUsage = QT_TRANSLATE_NOOP(
    "Cli", "Usage: techmates booking create --volunteer ID --resident CARD --start DATETIME --minutes N "
           "--channel phone|video|library|home [--branch ID] [--need AREA] [--need-text TEXT]\n"
           "  DATETIME: local time such as 2026-03-09T10:00 (or an instant with Z or an offset).\n"
           "  AREA: communicating, handling_information, transacting, problem_solving or being_safe.");

int bookingCreate(CliContext &ctx, const QStringList &args) {
    CliArgs a;
    QString error;
    if (!a.parse(args, {},
                 {QStringLiteral("volunteer"), QStringLiteral("resident"), QStringLiteral("start"),
                  QStringLiteral("minutes"), QStringLiteral("channel"), QStringLiteral("branch"),
                  QStringLiteral("need"), QStringLiteral("need-text")},
                 &error) ||
        !a.positionals().isEmpty()) {
        return usageError(ctx, error.isEmpty() ? tr(kCreateUsage) : error);
    }
    for (const char *required : {"volunteer", "resident", "start", "minutes", "channel"}) {
        if (a.value(QLatin1String(required)).trimmed().isEmpty()) {
            return usageError(ctx, tr("--%1 is needed.\n").arg(QLatin1String(required)) + tr(kCreateUsage));
        }
    }
    BookingRequest request;
    request.start = BookingKeys::parseLocalDateTime(a.value(QStringLiteral("start")));
    if (!request.start.isValid()) {
        return usageError(ctx, tr("--start must be a date and time like 2026-03-09T10:00."));
    }
    if (!readMinutes(a.value(QStringLiteral("minutes")), &request.minutes)) {
        return usageError(ctx, tr("--minutes must be a whole number of minutes."));
    }
    request.channel = a.value(QStringLiteral("channel")).trimmed().toLower();
    if (!BookingKeys::channels().contains(request.channel)) {
        return usageError(ctx, tr("--channel must be phone, video, library or home."));
    }
    if (!ctx.signIn()) {
        return ctx.exitCode();
    }
    request.volunteerId = a.value(QStringLiteral("volunteer")).trimmed();
    request.residentCard = a.value(QStringLiteral("resident"));
    request.branchId = a.value(QStringLiteral("branch"));
    request.needArea = a.value(QStringLiteral("need"));
    request.needText = a.value(QStringLiteral("need-text"));
    request.own = BookingSupport::actsAsVolunteer(ctx.actor());
    CreateBookingCommand command(request);
    const CommandResult result = ctx.bus().execute(command, ctx.actor());
    const int status = report(ctx, result);
    if (result.ok()) {
        ctx.out() << tr("Booking: %1").arg(result.entityId()) << Qt::endl;
    }
    return status;
}

int bookingConfirm(CliContext &ctx, const QStringList &args) {
    CliArgs a;
    QString error;
    if (!a.parse(args, {}, {QStringLiteral("booking")}, &error) || !a.positionals().isEmpty() ||
        a.value(QStringLiteral("booking")).trimmed().isEmpty()) {
        return usageError(ctx, error.isEmpty() ? tr("Usage: techmates booking confirm --booking ID") : error);
    }
    if (!ctx.signIn()) {
        return ctx.exitCode();
    }
    ConfirmBookingCommand command(a.value(QStringLiteral("booking")).trimmed(),
                                  BookingSupport::actsAsVolunteer(ctx.actor()));
    return report(ctx, ctx.bus().execute(command, ctx.actor()));
}

int bookingList(CliContext &ctx, const QStringList &args) {
    CliArgs a;
    QString error;
    BookingFilter filter;
    if (!a.parse(args, {QStringLiteral("json"), QStringLiteral("open")},
                 {QStringLiteral("volunteer"), QStringLiteral("from"), QStringLiteral("to"),
                  QStringLiteral("branch")},
                 &error) ||
        !a.positionals().isEmpty() || !a.date(QStringLiteral("from"), &filter.from, &error) ||
        !a.date(QStringLiteral("to"), &filter.to, &error)) {
        return usageError(ctx, error.isEmpty()
                                   ? tr("Usage: techmates booking list [--volunteer ID] [--from DATE] "
                                        "[--to DATE] [--branch ID] [--open] [--json]")
                                   : error);
    }
    if (filter.from.isValid() && filter.to.isValid() && filter.to < filter.from) {
        return usageError(ctx, tr("--to comes before --from."));
    }
    if (!ctx.signIn()) {
        return ctx.exitCode();
    }
    if (!ctx.actor().can(Permission::BookingManage) && !ctx.actor().can(Permission::BookingOwn)) {
        ctx.err() << tr("%1 may not see bookings.").arg(ctx.actor().displayName()) << Qt::endl;
        return ExitRefused;
    }
    filter.volunteerId = a.value(QStringLiteral("volunteer")).trimmed();
    filter.openOnly = a.has(QStringLiteral("open"));
    if (a.has(QStringLiteral("branch"))) {
        filter.branchId = BookingSupport::branchId(ctx.store().database(), a.value(QStringLiteral("branch")));
        if (filter.branchId.isEmpty()) {
            ctx.err() << tr("No branch “%1”.").arg(a.value(QStringLiteral("branch"))) << Qt::endl;
            return ExitRefused;
        }
    }
    filter.limit = 1000000;
    const QList<BookingListRow> rows =
        BookingQueries(ctx.store().database(), ctx.clock()).bookings(ctx.actor(), filter);
    if (a.has(QStringLiteral("json"))) {
        QJsonArray out;
        for (const BookingListRow &b : rows) {
            QJsonObject o{{QStringLiteral("id"), b.id},
                          {QStringLiteral("volunteer"), b.volunteerName},
                          {QStringLiteral("volunteer_id"), b.volunteerId},
                          {QStringLiteral("resident"), b.residentName},
                          {QStringLiteral("start"), BookingKeys::isoInstant(b.start)},
                          {QStringLiteral("minutes"), b.minutes},
                          {QStringLiteral("channel"), b.channel},
                          {QStringLiteral("status"), b.status},
                          {QStringLiteral("branch"), b.branchName},
                          {QStringLiteral("need_area"), b.needArea}};
            if (!b.residentCard.isEmpty()) {
                o.insert(QStringLiteral("resident_card"), b.residentCard);
            }
            out.append(o);
        }
        ctx.out() << QJsonDocument(out).toJson(QJsonDocument::Indented);
        return ExitDone;
    }
    for (const BookingListRow &b : rows) {
        ctx.out() << b.id << "  " << b.start.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                  << "  " << b.minutes << "'  " << b.channel << "  " << b.volunteerName << "  "
                  << b.residentName << "  " << b.status << Qt::endl;
    }
    ctx.err() << tr("%n session(s).", nullptr, int(rows.size())) << Qt::endl;
    return ExitDone;
}

const char *kOutcomeUsage = QT_TRANSLATE_NOOP(
    "Cli",
    "Usage: techmates booking outcome --booking ID --status "
    "attended|resident_no_show|volunteer_no_show|cancelled "
    "[--skills LIST] [--confidence-before N] [--confidence-after N] [--tasks TEXT] [--referrals TEXT] "
    "[--notes TEXT] [--reason TEXT]\n"
    "  LIST: comma-separated areas (communicating, handling_information, transacting, problem_solving, "
    "being_safe).\n"
    "  --reason is needed to cancel.");

int bookingOutcome(CliContext &ctx, const QStringList &args) {
    CliArgs a;
    QString error;
    if (!a.parse(args, {},
                 {QStringLiteral("booking"), QStringLiteral("status"), QStringLiteral("skills"),
                  QStringLiteral("confidence-before"), QStringLiteral("confidence-after"),
                  QStringLiteral("tasks"), QStringLiteral("referrals"), QStringLiteral("notes"),
                  QStringLiteral("reason"), QStringLiteral("loan")},
                 &error) ||
        !a.positionals().isEmpty() || a.value(QStringLiteral("booking")).trimmed().isEmpty() ||
        a.value(QStringLiteral("status")).trimmed().isEmpty()) {
        return usageError(ctx, error.isEmpty() ? tr(kOutcomeUsage) : error);
    }
    BookingOutcome o;
    o.status = a.value(QStringLiteral("status")).trimmed().toLower();
    if (!BookingKeys::outcomeStatuses().contains(o.status)) {
        return usageError(ctx,
                          tr("--status must be attended, resident_no_show, volunteer_no_show or cancelled."));
    }
    for (const auto &[option, target] :
         {std::pair<const char *, int *>{"confidence-before", &o.confidenceBefore},
          std::pair<const char *, int *>{"confidence-after", &o.confidenceAfter}}) {
        if (a.has(QLatin1String(option))) {
            bool ok = false;
            *target = a.value(QLatin1String(option)).trimmed().toInt(&ok);
            if (!ok || *target < 1 || *target > 5) {
                return usageError(ctx, tr("--%1 must be a number from 1 to 5.").arg(QLatin1String(option)));
            }
        }
    }
    if (!ctx.signIn()) {
        return ctx.exitCode();
    }
    o.bookingId = a.value(QStringLiteral("booking")).trimmed();
    o.skillsCovered = a.value(QStringLiteral("skills")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    o.tasksAchieved = a.value(QStringLiteral("tasks"));
    o.referrals = a.value(QStringLiteral("referrals"));
    o.notes = a.value(QStringLiteral("notes"));
    o.cancelReason = a.value(QStringLiteral("reason"));
    o.loanId = a.value(QStringLiteral("loan"));
    o.own = BookingSupport::actsAsVolunteer(ctx.actor());
    RecordOutcomeCommand command(o);
    return report(ctx, ctx.bus().execute(command, ctx.actor()));
}

int bookingPropose(CliContext &ctx, const QStringList &args) {
    CliArgs a;
    QString error;
    if (!a.parse(args, {QStringLiteral("json")},
                 {QStringLiteral("start"), QStringLiteral("minutes"), QStringLiteral("channel"),
                  QStringLiteral("branch"), QStringLiteral("need"), QStringLiteral("resident")},
                 &error) ||
        !a.positionals().isEmpty()) {
        return usageError(ctx, error.isEmpty()
                                   ? tr("Usage: techmates booking propose --start DATETIME --minutes N "
                                        "--channel CHANNEL [--branch ID] [--need AREA] [--resident CARD] "
                                        "[--json]")
                                   : error);
    }
    SessionRequest request;
    request.start = BookingKeys::parseLocalDateTime(a.value(QStringLiteral("start")));
    request.channel = a.value(QStringLiteral("channel")).trimmed().toLower();
    if (!request.start.isValid() ||
        !readMinutes(a.value(QStringLiteral("minutes"), QStringLiteral("60")), &request.minutes) ||
        !BookingKeys::channels().contains(request.channel)) {
        return usageError(
            ctx, tr("Give --start like 2026-03-09T10:00, --minutes as a number and --channel as phone, "
                    "video, library or home."));
    }
    if (!ctx.signIn()) {
        return ctx.exitCode();
    }
    QString language;
    if (a.has(QStringLiteral("resident"))) {
        const auto resident =
            BookingSupport::residentByCard(ctx.store().database(), a.value(QStringLiteral("resident")));
        if (!resident) {
            ctx.err() << tr("No resident has the card %1.").arg(a.value(QStringLiteral("resident")))
                      << Qt::endl;
            return ExitRefused;
        }
        request.residentId = resident->id;
        language = resident->preferredLanguage;
    }
    request.branchId = BookingSupport::branchId(ctx.store().database(), a.value(QStringLiteral("branch")));
    const QList<Candidate> candidates =
        BookingQueries(ctx.store().database(), ctx.clock())
            .propose(ctx.actor(), request, a.value(QStringLiteral("need")).trimmed(), language);
    if (a.has(QStringLiteral("json"))) {
        QJsonArray out;
        for (const Candidate &c : candidates) {
            out.append(QJsonObject{{QStringLiteral("id"), c.volunteer.id},
                                   {QStringLiteral("name"), c.volunteer.name()},
                                   {QStringLiteral("helps_with_need"), c.hasSkill},
                                   {QStringLiteral("speaks_language"), c.speaksLanguage},
                                   {QStringLiteral("recent_minutes"), c.recentMinutes}});
        }
        ctx.out() << QJsonDocument(out).toJson(QJsonDocument::Indented);
    } else {
        for (const Candidate &c : candidates) {
            ctx.out() << c.volunteer.id << "  " << c.volunteer.name() << "  "
                      << tr("%1 minutes booked recently").arg(c.recentMinutes) << Qt::endl;
        }
        ctx.err() << (candidates.isEmpty()
                          ? tr("Nobody is free then: put the resident on the waiting list.")
                          : tr("%n volunteer(s) can take it.", nullptr, int(candidates.size())))
                  << Qt::endl;
    }
    return candidates.isEmpty() ? ExitRefused : ExitDone;
}

int bookingReminders(CliContext &ctx, const QStringList &args) {
    CliArgs a;
    QString error;
    QDate day;
    if (!a.parse(args, {}, {QStringLiteral("date"), QStringLiteral("out")}, &error) ||
        !a.positionals().isEmpty() || !a.date(QStringLiteral("date"), &day, &error)) {
        return usageError(ctx, error.isEmpty()
                                   ? tr("Usage: techmates booking reminders [--date DATE] [--out FILE.csv]")
                                   : error);
    }
    if (!ctx.signIn()) {
        return ctx.exitCode();
    }
    if (!ctx.actor().can(Permission::BookingManage)) {
        ctx.err() << tr("%1 may not print reminder lists.").arg(ctx.actor().displayName()) << Qt::endl;
        return ExitRefused;
    }
    if (!day.isValid()) {
        day = ctx.clock().today().addDays(1);
    }
    const ReminderList list = BookingQueries(ctx.store().database(), ctx.clock()).reminders(ctx.actor(), day);
    CsvWriter csv;
    csv.addRow({tr("Time"), tr("Minutes"), tr("Resident"), tr("Card"), tr("Remind by"), tr("Contact"),
                tr("Session"), tr("Volunteer"), tr("Branch")});
    for (const ReminderRow &r : list.rows) {
        csv.addRow({r.start.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                    QString::number(r.minutes), r.residentName, r.residentCard, r.how, r.contact, r.channel,
                    r.volunteerName, r.branchName});
    }
    if (a.has(QStringLiteral("out"))) {
        QFile file(a.value(QStringLiteral("out")));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(csv.toUtf8(true)) < 0) {
            ctx.err() << tr("Cannot write %1: %2").arg(file.fileName(), file.errorString()) << Qt::endl;
            return ExitStore;
        }
    } else {
        ctx.out() << csv.text();
    }
    ctx.err() << tr("%1 reminder(s) for %2.").arg(list.rows.size()).arg(day.toString(Qt::ISODate))
              << Qt::endl;
    if (list.withoutConsent > 0) {
        ctx.err()
            << tr("%1 resident(s) without consent to phone or post are not listed.").arg(list.withoutConsent)
            << Qt::endl;
    }
    return ExitDone;
}
} // namespace
} // namespace Cli
using namespace Cli;

void registerBookingCliCommands(CliRegistry &registry) {
    registry.add(
        {QStringLiteral("volunteer"), QStringLiteral("list"),
         QStringLiteral("volunteer list [--all] [--json]   (id, name, dbs_valid_until, dbs_state, …)"),
         volunteerList});
    registry.add(
        {QStringLiteral("booking"), QStringLiteral("create"),
         QStringLiteral("booking create --volunteer ID --resident CARD --start DATETIME --minutes N "
                        "--channel phone|video|library|home [--branch ID] [--need AREA] [--need-text TEXT]"),
         bookingCreate});
    registry.add({QStringLiteral("booking"), QStringLiteral("confirm"),
                  QStringLiteral("booking confirm --booking ID"), bookingConfirm});
    registry.add(
        {QStringLiteral("booking"), QStringLiteral("list"),
         QStringLiteral("booking list [--volunteer ID] [--from DATE] [--to DATE] [--branch ID] [--open] "
                        "[--json]"),
         bookingList});
    registry.add(
        {QStringLiteral("booking"), QStringLiteral("outcome"),
         QStringLiteral("booking outcome --booking ID --status attended|resident_no_show|volunteer_no_show|"
                        "cancelled [--skills LIST] [--confidence-before N] [--confidence-after N] "
                        "[--reason TEXT]"),
         bookingOutcome});
    registry.add(
        {QStringLiteral("booking"), QStringLiteral("propose"),
         QStringLiteral("booking propose --start DATETIME --minutes N --channel CHANNEL [--need AREA] "
                        "[--resident CARD] [--json]"),
         bookingPropose});
    registry.add(
        {QStringLiteral("booking"), QStringLiteral("reminders"),
         QStringLiteral("booking reminders [--date DATE] [--out FILE.csv]   (offline residents, by consent)"),
         bookingReminders});
}
