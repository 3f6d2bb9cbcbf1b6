#include "BookingsPanel.h"

#include "DataTable.h"
#include "DisplayFormat.h"
#include "MessageBanner.h"
#include "ReadOnlyTableModel.h"
#include "commands/CommandBus.h"
#include "commands/CommandResult.h"
#include "store/Store.h"

#include <QCoreApplication>

#include <QAbstractSpinBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>

BookingsPanel::BookingsPanel(DeskContext &ctx, Actor actor, QWidget *parent)
    : QWidget(parent)
    , m_ctx(ctx)
    , m_actor(std::move(actor)) {}

BookingQueries BookingsPanel::queries() const {
    return BookingQueries(m_ctx.store.database(), m_ctx.clock);
}

bool BookingsPanel::actsAsVolunteer() const {
    return !m_actor.can(Permission::BookingManage);
}

bool BookingsPanel::run(Command &command, MessageBanner *banner) {
    const CommandResult result = m_ctx.bus.execute(command, m_actor);
    if (!result.ok()) {
        banner->showError(result.message());
        return false;
    }
    QStringList lines{result.message()};
    lines += result.warnings();
    banner->showInfo(lines.join(QLatin1Char('\n')));
    emit changed();
    return true;
}

QPushButton *BookingsPanel::button(const QString &text, const QString &objectName,
                                   const QString &accessibleName, QWidget *parent) {
    auto *b = new QPushButton(text, parent);
    b->setObjectName(objectName);
    b->setAccessibleName(accessibleName);
    b->setAutoDefault(false);
    return b;
}

QComboBox *BookingsPanel::combo(const QString &objectName, const QString &accessibleName, QWidget *parent) {
    auto *c = new QComboBox(parent);
    c->setObjectName(objectName);
    c->setAccessibleName(accessibleName);
    return c;
}

QString BookingsPanel::currentKey(DataTable *table, ReadOnlyTableModel *model) {
    const QModelIndex index = table->view()->currentIndex();
    if (!index.isValid() || index.row() >= model->rowCount()) {
        return {};
    }
    return model->row(index.row()).key;
}

void BookingsPanel::chainTabOrder(const QList<QWidget *> &widgets) {
    QWidget *previous = nullptr;
    for (QWidget *w : widgets) {
        if (previous && w) {
            setTabOrder(previous, w);
        }
        if (w) {
            previous = w;
        }
    }
}

namespace BookingText {
QString channel(const QString &key) {
    if (key == QLatin1String("events")) {
        return QCoreApplication::translate("BookingText", "Events");
    }
    return DisplayFormat::channel(key);
}

QString status(const QString &key) {
    return DisplayFormat::bookingStatus(key);
}

QString when(const QDateTime &instant) {
    return DisplayFormat::dateTime(instant);
}

QString dbsState(const VolunteerRow &row) {
    if (row.dbsState == QLatin1String("missing")) {
        return QCoreApplication::translate("BookingText", "No DBS on record");
    }
    const QString date = DisplayFormat::date(row.dbsValidUntil);
    if (row.dbsState == QLatin1String("expired")) {
        return QCoreApplication::translate("BookingText", "Expired: re-check was due %1").arg(date);
    }
    if (row.dbsState == QLatin1String("due")) {
        return QCoreApplication::translate("BookingText", "Re-check due %1 (%2-day alert)")
            .arg(date)
            .arg(row.alertDays);
    }
    return QCoreApplication::translate("BookingText", "Valid until %1").arg(date);
}

void nameInnerEditors(QWidget *root) {
    for (QAbstractSpinBox *box : root->findChildren<QAbstractSpinBox *>()) {
        for (QLineEdit *edit : box->findChildren<QLineEdit *>()) {
            edit->setAccessibleName(box->accessibleName());
        }
    }
}
} // namespace BookingText
