#include "DeskStyle.h"

#include <QApplication>
#include <QHeaderView>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>
#include <QStyledItemDelegate>
#include <QTableView>

namespace {
// In a right-to-left desk (Urdu) a cell's text in Latin letters — a tag, a name, "Galaxy Tab A9+" — is set
// apart as left-to-right, so its neutral characters stay where they belong ("+A9" otherwise).
class IsolatingDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QString displayText(const QVariant &value, const QLocale &locale) const override {
        const QString text = QStyledItemDelegate::displayText(value, locale);
        if (text.isEmpty() || text.isRightToLeft()) {
            return text;
        }
        return QChar(0x2066) + text + QChar(0x2069);
    }
};

const char *const kStyleSheet = R"(
QWidget#navPanel { background: #1f3a4d; }
QLabel#navBrand { color: #ffffff; }
QListWidget#navigation {
    background: #1f3a4d; color: #f4f7fa; border: 2px solid transparent; outline: 0;
}
QListWidget#navigation::item { padding: 10px 16px; border-left: 4px solid transparent; }
QListWidget#navigation::item:selected { background: #2d5676; color: #ffffff; border-left: 4px solid #8fd0f5; }
QListWidget#navigation::item:hover:!selected { background: #284a63; }
QListWidget#navigation:focus { border: 2px solid #8fd0f5; }
QWidget#sectionHeader { background: #ffffff; border-bottom: 1px solid #d5dbe1; }
QWidget#workspaceContent { background: #f4f6f8; }
QLabel[muted="true"] { color: #52606d; }
QLabel[banner="error"] {
    background: #fdecea; color: #8a1c1c; border: 1px solid #f1b8b2; border-radius: 4px;
}
QLabel[banner="info"] {
    background: #e7f1f8; color: #163f5c; border: 1px solid #b8d4e8; border-radius: 4px;
}
QLabel[fieldProblem="true"] { color: #a61b1b; }
QLabel[emptyState="true"] { border: 2px solid transparent; }
QLabel[emptyState="true"]:focus { border: 2px solid #1f5f8b; }
QLineEdit[problem="true"], QPlainTextEdit[problem="true"], QComboBox[problem="true"] {
    border: 2px solid #b3261e; border-radius: 3px;
}
QFrame#signInCard, QFrame[tile="true"] {
    background: #ffffff; border: 1px solid #d5dbe1; border-radius: 8px;
}
QFrame[tile="true"]:focus { border: 2px solid #1f5f8b; }
QFrame[tile="true"] QLabel { border: none; background: transparent; }
QLabel#appTitle { color: #1f3a4d; }
)";
} // namespace

void DeskStyle::apply(QApplication &app) {
    app.setStyle(QStyleFactory::create(QStringLiteral("Fusion")));

    QPalette p = app.style()->standardPalette();
    const QColor window(0xf4, 0xf6, 0xf8);
    const QColor text(0x1f, 0x29, 0x33);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::AlternateBase, QColor(0xf0, 0xf3, 0xf6));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0xe9, 0xed, 0xf1));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::Highlight, accent());
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::ToolTipBase, Qt::white);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x6b, 0x77, 0x85));
    p.setColor(QPalette::Link, accent());
    app.setPalette(p);

    // Shared desks are read at arm's length: never smaller than 10 pt, but a larger system size wins.
    QFont font = app.font();
    if (font.pointSizeF() > 0 && font.pointSizeF() < 10) {
        font.setPointSizeF(10);
        app.setFont(font);
    }
    QString sheet = QString::fromUtf8(kStyleSheet);
    if (QApplication::layoutDirection() == Qt::RightToLeft) {
        // Style sheets do not mirror: the selected section's bar goes on the reading side (Urdu).
        sheet.replace(QLatin1String("border-left:"), QLatin1String("border-right:"));
    }
    app.setStyleSheet(sheet);
}

void DeskStyle::setUpTable(QTableView *view) {
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setTabKeyNavigation(false);
    view->setWordWrap(false);
    view->setShowGrid(false);
    view->verticalHeader()->setVisible(false);
    // Rows with some air, sized from the font so they grow with the text size.
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().lineSpacing() + 12);
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setHighlightSections(false);
    view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    if (view->isRightToLeft()) {
        view->setItemDelegate(new IsolatingDelegate(view));
    }
}

QFont DeskStyle::scaledFont(const QWidget *widget, qreal factor, bool bold) {
    QFont f = widget->font();
    if (f.pointSizeF() > 0) {
        f.setPointSizeF(f.pointSizeF() * factor);
    } else {
        f.setPixelSize(qRound(f.pixelSize() * factor));
    }
    f.setBold(bold);
    return f;
}

void DeskStyle::setProblem(QWidget *field, bool problem) {
    if (field->property("problem").toBool() == problem) {
        return;
    }
    field->setProperty("problem", problem);
    field->style()->unpolish(field);
    field->style()->polish(field);
    field->update();
}
