#pragma once

#include <QHash>
#include <QList>
#include <QPair>
#include <QRegularExpression>
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
    /// The same with the label above the field and the field across the form's width, for
    /// tables.
    void addWideField(const QString &key, const QString &label, QWidget *field,
                      const QString &toolTip);

    /// Sends problems that match `pattern` (a regular expression) to the field `key`, before
    /// any field whose name they mention; for problems that do not name a parameter.
    void addProblemPattern(const QString &key, const QString &pattern);

    /// Shows each problem under its field; returns the problems no field took.
    QStringList showProblems(const QStringList &problems);

    /// The problem label of a field, for tests.
    QLabel *problemLabel(const QString &key) const { return m_problemLabels.value(key); }

private:
    QWidget *fieldContainer(const QString &key, QWidget *field, const QString &toolTip);

    QFormLayout *m_layout = nullptr;
    QHash<QString, QLabel *> m_problemLabels;
    QStringList m_keys;                                   ///< in the order the fields were added
    QList<QPair<QString, QRegularExpression>> m_patterns; ///< (key, pattern), checked first
};

} // namespace prognos
