#pragma once

#include "futurevalues.h"

#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;
class QTableView;

namespace prognos {

class FutureValuesModel;

/// The Future tab: a grid of the values the forecast needs on the horizon's dates (cap,
/// floor, regressors, conditions), pre-filled by carrying the last known value forward (and
/// saying so), editable and pasteable (Ctrl+V), plus the cap and floor of the history when
/// the data has no such column.
class FutureValuesEditor : public QWidget
{
    Q_OBJECT

public:
    explicit FutureValuesEditor(QWidget *parent = nullptr);

    void setValues(const FutureValues &values);
    const FutureValues &values() const;

    /// Shows the history cap and floor fields for the columns the data lacks, with `cap`
    /// and `floor` as their values.
    void setHistoryLimits(bool dataHasCap, bool dataHasFloor, std::optional<double> cap,
                          std::optional<double> floor);
    std::optional<double> historyCap() const;
    std::optional<double> historyFloor() const;
    /// Problems with the history cap and floor fields (text that is not a number).
    QStringList ownProblems() const;

    /// Shows the problems about future values and the history cap and floor above the grid;
    /// returns the others.
    QStringList showProblems(const QStringList &problems);
    QLabel *problemLabel() const { return m_problems; }

    /// Pastes `text` at the grid's current cell (the first value cell when none).
    bool pasteText(const QString &text, QString &error);

    QTableView *view() const { return m_view; }
    FutureValuesModel *model() const { return m_model; }
    QLabel *note() const { return m_note; }

signals:
    void valuesEdited();
    void historyLimitsEdited();

private:
    void pasteClipboard();
    void updateNote();

    FutureValuesModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_note = nullptr;
    QLabel *m_problems = nullptr;
    QWidget *m_limits = nullptr;
    QLineEdit *m_historyCap = nullptr;
    QLineEdit *m_historyFloor = nullptr;
    QLabel *m_historyCapLabel = nullptr;
    QLabel *m_historyFloorLabel = nullptr;
};

} // namespace prognos
