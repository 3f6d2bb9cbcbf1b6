#pragma once

#include "SectionPage.h"

class FigureTile;
class QGridLayout;
class QLabel;

// The coordinator's headline figures, straight from the store: loans, devices, sessions this month,
// badges this year and graduates against the council's targets (settings, not constants).
class ReportsPage : public SectionPage {
    Q_OBJECT
public:
    ReportsPage(DeskContext &ctx, Actor actor, QWidget *parent = nullptr);

    QString title() const override;
    QString subtitle() const override;
    void refresh() override;
    QWidget *focusTarget() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    // Lays the tiles out in as many columns as fit, so large text sizes wrap instead of clipping.
    void arrangeTiles();

    QLabel *m_asOf = nullptr;
    QGridLayout *m_grid = nullptr;
    QList<FigureTile *> m_tiles;
    FigureTile *m_activeLoans = nullptr;
    FigureTile *m_overdue = nullptr;
    FigureTile *m_sessions = nullptr;
    FigureTile *m_badges = nullptr;
    FigureTile *m_graduates = nullptr;
    FigureTile *m_devices = nullptr;
    int m_columns = 0;
};
