#pragma once

#include <QWidget>

class QCheckBox;
class QGridLayout;

// One tick box per kit item (charger, cable, case …), all ticked to start with: at check-out what goes
// out with the device, at check-in what came back. Space toggles the focused one, Tab moves on.
class KitChecklist : public QWidget {
    Q_OBJECT
public:
    // accessiblePattern: how each box introduces itself, "%1" being the item ("Kit going out: %1").
    KitChecklist(const QString &objectName, const QString &accessiblePattern, QWidget *parent = nullptr);

    void setItems(const QStringList &items);
    QStringList items() const { return m_items; }
    QStringList ticked() const;
    QStringList unticked() const;
    QList<QWidget *> boxes() const;
    bool isEmpty() const { return m_items.isEmpty(); }

signals:
    void changed();

private:
    QString m_pattern;
    QStringList m_items;
    QList<QCheckBox *> m_boxes;
    QGridLayout *m_layout = nullptr;
};
