#include "ReportsPage.h"

#include "DisplayFormat.h"
#include "FigureTile.h"
#include "store/Store.h"
#include "views/OverviewQueries.h"

#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QVBoxLayout>

ReportsPage::ReportsPage(DeskContext &ctx, Actor actor, QWidget *parent)
    : SectionPage(ctx, std::move(actor), parent) {
    setObjectName(QStringLiteral("reportsPage"));

    m_asOf = new QLabel(this);
    m_asOf->setObjectName(QStringLiteral("reportsAsOf"));
    m_asOf->setProperty("muted", true);

    auto *content = new QWidget;
    content->setObjectName(QStringLiteral("reportsContent"));
    m_grid = new QGridLayout(content);
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setSpacing(14);

    m_activeLoans = new FigureTile(QStringLiteral("figureActiveLoans"), tr("Devices on loan"), content);
    m_overdue = new FigureTile(QStringLiteral("figureOverdue"), tr("Overdue loans"), content);
    m_sessions =
        new FigureTile(QStringLiteral("figureSessions"), tr("TechMates sessions this month"), content);
    m_badges = new FigureTile(QStringLiteral("figureBadges"), tr("iDEA badges this year"), content);
    m_graduates = new FigureTile(QStringLiteral("figureGraduates"), tr("Pathway graduates"), content);
    m_devices = new FigureTile(QStringLiteral("figureDevices"), tr("Devices by status"), content);
    m_tiles = {m_activeLoans, m_overdue, m_sessions, m_badges, m_graduates, m_devices};

    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("reportsScroll"));
    scroll->setAccessibleName(tr("Headline figures"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->setSpacing(10);
    layout->addWidget(storeProblemBanner());
    layout->addWidget(m_asOf);
    layout->addWidget(scroll, 1);
    arrangeTiles();
}

QString ReportsPage::title() const {
    return tr("Reports");
}

QString ReportsPage::subtitle() const {
    return tr("Headline figures for the programme, against the council's targets.");
}

QWidget *ReportsPage::focusTarget() const {
    return m_activeLoans;
}

void ReportsPage::resizeEvent(QResizeEvent *event) {
    SectionPage::resizeEvent(event);
    arrangeTiles();
}

void ReportsPage::arrangeTiles() {
    const int tileWidth = fontMetrics().averageCharWidth() * 34;
    const int columns = qBound(1, (width() - 40) / qMax(1, tileWidth), 3);
    if (columns == m_columns) {
        return;
    }
    m_columns = columns;
    for (FigureTile *tile : m_tiles) {
        m_grid->removeWidget(tile);
    }
    for (int i = 0; i < m_tiles.size(); ++i) {
        m_grid->addWidget(m_tiles.at(i), i / columns, i % columns);
    }
    for (int c = 0; c < 3; ++c) {
        m_grid->setColumnStretch(c, c < columns ? 1 : 0);
    }
    for (int r = 0; r <= m_tiles.size(); ++r) {
        m_grid->setRowStretch(r, 0);
    }
    m_grid->setRowStretch(int((m_tiles.size() + columns - 1) / columns), 1);
    QWidget *previous = nullptr;
    for (FigureTile *tile : m_tiles) {
        if (previous) {
            setTabOrder(previous, tile);
        }
        previous = tile;
    }
}

void ReportsPage::refresh() {
    std::optional<HeadlineFigures> figures;
    guarded([&] { figures = OverviewQueries(m_ctx.store.database(), m_ctx.clock).headlineFigures(m_actor); });
    if (!figures) {
        return;
    }
    const QLocale locale;
    const HeadlineFigures &f = *figures;
    m_asOf->setText(tr("Figures as of %1.").arg(DisplayFormat::date(f.asOf)));

    m_activeLoans->setValue(locale.toString(f.activeLoans));
    m_overdue->setValue(locale.toString(f.overdueLoans),
                        f.activeLoans > 0
                            ? tr("%1 % of loans out now").arg(f.overdueLoans * 100 / f.activeLoans)
                            : QString());
    m_overdue->setAttention(f.overdueLoans > 0);
    m_sessions->setValue(locale.toString(f.sessionsThisMonth),
                         tr("Attended so far: %1").arg(locale.toString(f.sessionsAttendedThisMonth)));
    m_badges->setValue(locale.toString(f.badgesThisYear),
                       f.badgeTarget > 0 ? tr("Target %1").arg(locale.toString(f.badgeTarget))
                                         : tr("No target set"));
    m_badges->setProgress(f.badgesThisYear, f.badgeTarget);
    m_graduates->setValue(locale.toString(f.graduates),
                          f.graduateTarget > 0 ? tr("Target %1").arg(locale.toString(f.graduateTarget))
                                               : tr("No target set"));
    m_graduates->setProgress(f.graduates, f.graduateTarget);

    int devices = 0;
    QList<QPair<QString, QString>> lines;
    for (const auto &[status, count] : f.devicesByStatus) {
        devices += count;
        lines.append({DisplayFormat::deviceStatus(status), locale.toString(count)});
    }
    m_devices->setValue(locale.toString(devices), tr("devices in the register"));
    m_devices->setBreakdown(lines);
}
