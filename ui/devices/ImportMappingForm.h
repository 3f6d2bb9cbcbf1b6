#pragma once

#include "devices/DeviceImport.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QGroupBox;
class QLabel;
class QVBoxLayout;

// The "match the columns" step of the device import: what each column of the file holds (pre-filled from
// the names the core recognises, such as a Snipe-IT export's "Asset Tag" or "Location"), what rows without
// a type, branch or status get, and which device type or branch each value found in the file stands for
// (the desk's form of --map, --type-map and --branch-map). It only builds DeviceImportOptions; reading the
// rows with them is DeviceImport's job.
class ImportMappingForm : public QWidget {
    Q_OBJECT
public:
    ImportMappingForm(QList<DeviceType> types, QList<Branch> branches, QWidget *parent = nullptr);

    // The file's header and its readable records (used for examples and for the values to map).
    void setFile(const QStringList &header, const QList<QStringList> &records);
    DeviceImportOptions options() const;

    QComboBox *columnCombo(int column) const { return m_columnCombos.value(column); }
    QComboBox *typeValueCombo(const QString &value) const;
    QComboBox *branchValueCombo(const QString &value) const;

    // Values listed for mapping, per column; others are matched by code and name only.
    static constexpr int kMaxValues = 40;

signals:
    void changed();

private:
    void rebuildValueMaps();
    int columnHolding(DeviceField field) const;
    QStringList distinctValues(int column) const;
    static QString fieldLabel(DeviceField field);

    QList<DeviceType> m_types;
    QList<Branch> m_branches;
    QStringList m_header;
    QList<QStringList> m_records;

    QGroupBox *m_columnsBox = nullptr;
    QWidget *m_columnsForm = nullptr;
    QComboBox *m_defaultType = nullptr;
    QComboBox *m_defaultBranch = nullptr;
    QComboBox *m_defaultStatus = nullptr;
    QGroupBox *m_typeValuesBox = nullptr;
    QWidget *m_typeValuesForm = nullptr;
    QGroupBox *m_branchValuesBox = nullptr;
    QWidget *m_branchValuesForm = nullptr;
    QList<QComboBox *> m_columnCombos;
    QList<QComboBox *> m_typeValueCombos;
    QList<QComboBox *> m_branchValueCombos;
    QHash<QString, QString> m_typeChoices;   // folded value → type code, kept while the columns change
    QHash<QString, QString> m_branchChoices; // folded value → branch code
};
