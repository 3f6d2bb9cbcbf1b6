#pragma once

#include "BookingsPanel.h"

// The waiting list: residents in the order they asked, and the freed slots offered to them. Alt+O books the
// offered slot; Alt+M takes the selected resident off the list (an offered slot passes to the next in line).
class WaitlistPanel : public BookingsPanel {
    Q_OBJECT
public:
    WaitlistPanel(DeskContext &ctx, Actor actor, QWidget *parent = nullptr);
    QWidget *focusTarget() const override;
    void refresh() override;

private:
    void bookOffer();
    void remove();

    MessageBanner *m_message = nullptr;
    DataTable *m_table = nullptr;
    ReadOnlyTableModel *m_model = nullptr;
    QList<WaitlistRow> m_rows;
};

// Hours: a coordinator approves or rejects hours logged by hand (Alt+A / Alt+J); a volunteer sees their own
// and logs hours given outside booked sessions (Alt+T). Hours from attended sessions and events count at
// once.
class HoursPanel : public BookingsPanel {
    Q_OBJECT
public:
    HoursPanel(DeskContext &ctx, Actor actor, QWidget *parent = nullptr);
    QWidget *focusTarget() const override;
    void refresh() override;

private:
    void log();
    void decide(bool approve);

    MessageBanner *m_message = nullptr;
    DataTable *m_table = nullptr;
    ReadOnlyTableModel *m_model = nullptr;
};

// Drop-in events ("tea parties"): planned and past, with their helpers, headcount and topics. Alt+A plans
// one, Alt+C records the headcount and topics afterwards.
class EventsPanel : public BookingsPanel {
    Q_OBJECT
public:
    EventsPanel(DeskContext &ctx, Actor actor, QWidget *parent = nullptr);
    QWidget *focusTarget() const override;
    void refresh() override;

private:
    void addEvent();
    void record();

    MessageBanner *m_message = nullptr;
    DataTable *m_table = nullptr;
    ReadOnlyTableModel *m_model = nullptr;
    QList<EventRow> m_rows;
};
