#include "DataTable.h"

#include "DeskStyle.h"

#include <QAbstractItemModel>
#include <QHeaderView>
#include <QLabel>
#include <QStackedLayout>
#include <QTableView>

DataTable::DataTable(const QString &objectName, const QString &accessibleName, QWidget *parent)
    : QWidget(parent) {
    m_view = new QTableView(this);
    m_view->setObjectName(objectName);
    m_view->setAccessibleName(accessibleName);
    DeskStyle::setUpTable(m_view);

    m_empty = new QLabel(this);
    m_empty->setObjectName(objectName + QStringLiteral("Empty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setProperty("muted", true);
    m_empty->setMargin(24);
    m_empty->setAutoFillBackground(true);
    m_empty->setBackgroundRole(QPalette::Base);
    // When there are no rows the message takes the focus, so a keyboard or screen-reader user arriving
    // here hears "No loans are overdue." rather than landing nowhere.
    m_empty->setFocusPolicy(Qt::StrongFocus);
    m_empty->setProperty("emptyState", true);

    m_stack = new QStackedLayout(this);
    m_stack->setContentsMargins(0, 0, 0, 0);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_empty);
    setFocusProxy(m_view);
}

void DataTable::setModel(QAbstractItemModel *model) {
    m_model = model;
    m_view->setModel(model);
    connect(model, &QAbstractItemModel::modelReset, this, &DataTable::updateEmptyState);
    connect(model, &QAbstractItemModel::rowsInserted, this, &DataTable::updateEmptyState);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &DataTable::updateEmptyState);
    updateEmptyState();
}

void DataTable::setEmptyText(const QString &text) {
    m_empty->setText(text);
    m_empty->setAccessibleName(text);
    updateEmptyState();
}

void DataTable::fitColumns() {
    if (!m_model) {
        return;
    }
    // Every column but the last fits its contents with a little air (the last one stretches); a very long
    // name should not push the other columns off screen.
    const int air = m_view->fontMetrics().averageCharWidth();
    const int cap = m_view->fontMetrics().averageCharWidth() * 40;
    for (int c = 0; c + 1 < m_model->columnCount(); ++c) {
        m_view->resizeColumnToContents(c);
        m_view->setColumnWidth(c, qMin(m_view->columnWidth(c) + air, cap));
    }
}

void DataTable::updateEmptyState() {
    const bool empty = !m_model || m_model->rowCount() == 0;
    const bool showMessage = empty && !m_empty->text().isEmpty();
    QWidget *shown = showMessage ? static_cast<QWidget *>(m_empty) : static_cast<QWidget *>(m_view);
    const bool hadFocus = m_stack->currentWidget() && m_stack->currentWidget()->hasFocus();
    m_stack->setCurrentWidget(shown);
    setFocusProxy(shown);
    if (hadFocus) {
        shown->setFocus(Qt::OtherFocusReason);
    }
    if (!empty) {
        fitColumns();
    }
}
