#pragma once

#include <QColor>
#include <QFont>

class QApplication;
class QTableView;
class QWidget;

// The desk's look in one place: Fusion with a calm palette, readable sizes and a few style rules keyed
// on object names and dynamic properties. Sizes are relative to the application font, so layouts grow
// with a larger text size instead of clipping.
class DeskStyle {
public:
    static void apply(QApplication &app);

    // Tables read as lists: whole rows, no editing, Tab leaves the table instead of walking its cells.
    static void setUpTable(QTableView *view);

    // A font scaled from the widget's own, for titles and big figures.
    static QFont scaledFont(const QWidget *widget, qreal factor, bool bold = true);

    // Marks a field as having a problem (red border), re-polishing so the style rule applies at once.
    static void setProblem(QWidget *field, bool problem);

    static QColor attentionBackground() { return QColor(0xfd, 0xec, 0xea); }
    static QColor attentionText() { return QColor(0x8a, 0x1c, 0x1c); }
    static QColor accent() { return QColor(0x1f, 0x5f, 0x8b); }
};
