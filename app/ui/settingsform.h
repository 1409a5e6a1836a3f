#pragma once

#include <QHash>
#include <QStringList>
#include <QWidget>

class QFormLayout;
class QLabel;

namespace prognos {

/// A form of model settings in which every field has a tooltip and, under it, a place for
/// the problems that concern it. A problem goes to the field whose Prophet parameter name it
/// mentions as a word (ProphetConfig::validate() names the parameter in each sentence).
class SettingsForm : public QWidget
{
    Q_OBJECT

public:
    explicit SettingsForm(QWidget *parent = nullptr);

    /// Adds `field` with its label and tooltip; `key` is the Prophet parameter name.
    void addField(const QString &key, const QString &label, QWidget *field, const QString &toolTip);

    /// Shows each problem under its field; returns the problems no field took.
    QStringList showProblems(const QStringList &problems);

    /// The problem label of a field, for tests.
    QLabel *problemLabel(const QString &key) const { return m_problemLabels.value(key); }

private:
    QFormLayout *m_layout = nullptr;
    QHash<QString, QLabel *> m_problemLabels;
};

} // namespace prognos
