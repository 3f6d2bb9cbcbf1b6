#include "BookingCommandFactories.h"

#include "AvailabilityCommands.h"
#include "BookingCommands.h"
#include "EventCommands.h"
#include "HoursCommands.h"
#include "VolunteerCommands.h"
#include "WaitlistCommands.h"
#include "commands/CommandRegistry.h"
#include "commands/PayloadReader.h"

void registerBookingCommands(CommandRegistry &registry) {
    registry.add(QStringLiteral("volunteer.save"), [](const QJsonObject &p) {
        PayloadReader r(p);
        const bool isNew = r.flag(QStringLiteral("new"));
        VolunteerProfile profile = VolunteerProfile::fromPayload(r);
        if (!isNew && profile.id.isEmpty()) {
            throw PayloadError(QStringLiteral("the field “id” should be text"));
        }
        return std::make_unique<SaveVolunteerCommand>(profile, isNew);
    });
    registry.add(QStringLiteral("volunteer.dbs"), [](const QJsonObject &p) {
        PayloadReader r(p);
        return std::make_unique<RecordDbsCommand>(DbsCheck::fromPayload(r));
    });
    registry.add(QStringLiteral("booking.settings"), [](const QJsonObject &p) {
        PayloadReader r(p);
        return std::make_unique<SaveBookingSettingsCommand>(BookingSettingsChange::fromPayload(r));
    });
    registry.add(QStringLiteral("availability.add"), [](const QJsonObject &p) {
        PayloadReader r(p);
        return std::make_unique<AddAvailabilityCommand>(AvailabilityRequest::fromPayload(r));
    });
    registry.add(QStringLiteral("availability.remove"), [](const QJsonObject &p) {
        PayloadReader r(p);
        return std::make_unique<RemoveAvailabilityCommand>(r.text(QStringLiteral("id")),
                                                           r.flag(QStringLiteral("own")));
    });
    registry.add(QStringLiteral("availability.exception_add"), [](const QJsonObject &p) {
        PayloadReader r(p);
        return std::make_unique<AddAvailabilityExceptionCommand>(
            AvailabilityExceptionRequest::fromPayload(r));
    });
    registry.add(QStringLiteral("availability.exception_remove"), [](const QJsonObject &p) {
        PayloadReader r(p);
        return std::make_unique<RemoveAvailabilityExceptionCommand>(r.text(QStringLiteral("id")),
                                                                    r.flag(QStringLiteral("own")));
    });
    registry.add(QStringLiteral("booking.create"), [](const QJsonObject &p) {
        PayloadReader r(p);
        return std::make_unique<CreateBookingCommand>(BookingRequest::fromPayload(r));
    });
    registry.add(QStringLiteral("booking.confirm"), [](const QJsonObject &p) {
        PayloadReader r(p);
        return std::make_unique<ConfirmBookingCommand>(r.text(QStringLiteral("id")),
                                                       r.flag(QStringLiteral("own")));
    });
    registry.add(QStringLiteral("booking.outcome"), [](const QJsonObject &p) {
        PayloadReader r(p);
        return std::make_unique<RecordOutcomeCommand>(BookingOutcome::fromPayload(r));
    });
    registry.add(QStringLiteral("booking.waitlist_add"), [](const QJsonObject &p) {
        PayloadReader r(p);
        return std::make_unique<JoinWaitlistCommand>(WaitlistRequest::fromPayload(r));
    });
    registry.add(QStringLiteral("booking.waitlist_cancel"), [](const QJsonObject &p) {
        PayloadReader r(p);
        return std::make_unique<CancelWaitlistCommand>(r.text(QStringLiteral("id")),
                                                       r.optionalText(QStringLiteral("reason")));
    });
    registry.add(QStringLiteral("hours.log"), [](const QJsonObject &p) {
        PayloadReader r(p);
        return std::make_unique<LogHoursCommand>(ManualHours::fromPayload(r));
    });
    registry.add(QStringLiteral("hours.decide"), [](const QJsonObject &p) {
        PayloadReader r(p);
        return std::make_unique<DecideHoursCommand>(r.text(QStringLiteral("id")),
                                                    r.flag(QStringLiteral("approve")));
    });
    registry.add(QStringLiteral("event.save"), [](const QJsonObject &p) {
        PayloadReader r(p);
        return std::make_unique<SaveEventCommand>(EventRequest::fromPayload(r));
    });
    registry.add(QStringLiteral("event.record"), [](const QJsonObject &p) {
        PayloadReader r(p);
        return std::make_unique<RecordEventCommand>(EventRecord::fromPayload(r));
    });
}
