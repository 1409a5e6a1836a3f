#pragma once

#include "data/importresult.h"
#include "data/importsettings.h"

#include <QByteArray>
#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QTableWidget;

namespace prognos {

class ImportRunner;

/// Shows what the import detected before a file becomes a session: encoding, delimiter,
/// header, the date format of ds, the decimal mark, the column roles and the first rows.
/// Every detection can be overridden; each change imports the bytes again (off the GUI
/// thread) with the new ImportSettings. Questions the import cannot decide alone, such as
/// day-first against month-first dates, are shown at the top with the rows they concern,
/// and Open stays disabled until they are answered.
///
/// The dialog holds the file's bytes until it closes and wipes them then.
class ImportPreviewDialog : public QDialog
{
    Q_OBJECT

public:
    /// At most this many rows are shown in the preview table.
    static constexpr int kPreviewRows = 50;

    ImportPreviewDialog(QByteArray bytes, ImportResult result, const QString &title,
                        QWidget *parent = nullptr);
    ~ImportPreviewDialog() override;

    /// The latest import, with the settings it was made with.
    const ImportResult &result() const { return m_result; }
    const ImportSettings &settings() const { return m_settings; }
    /// Hands over the latest import (when accepted) and wipes the bytes.
    ImportResult takeResult();
    bool isImporting() const;

    /// Data records (1-based) among the first rows whose ds reads as two different dates,
    /// day first or month first; empty unless ds needs that decision.
    const QList<int> &ambiguousRows() const { return m_ambiguousRows; }
    /// Data records (1-based) among the first rows whose value in a numeric column that needs
    /// its decimal mark chosen reads as two different numbers.
    const QList<int> &ambiguousNumberRows() const { return m_ambiguousNumberRows; }

    void done(int result) override;

signals:
    /// A new import, after an override, is shown.
    void reimported();

private:
    void createWidgets();
    void createLayout();
    void connectSignals();
    void reimport();
    void readChoices();
    void showResult(const ImportResult &result);
    void readOtherColumns();
    void fillCombos();
    void fillTable();
    void showQuestions();
    void findAmbiguousRows();
    void findAmbiguousNumbers();
    void highlight(const QList<int> &rows, int column);
    QString numberQuestion() const;
    void releaseBytes();
    QString columnName(int column) const;

    QByteArray m_bytes;
    ImportResult m_result;
    ImportSettings m_settings;
    ImportRunner *m_runner = nullptr;
    QString m_dsName; ///< the ds column of the latest successful detection
    QList<int> m_ambiguousRows;
    QList<int> m_ambiguousNumberRows;
    int m_ambiguousNumberColumn = -1;
    bool m_regressorsChosen = false; ///< the user checked or unchecked a column

    QLabel *m_questions = nullptr;
    QComboBox *m_encoding = nullptr;
    QComboBox *m_delimiter = nullptr;
    QComboBox *m_header = nullptr;
    QComboBox *m_dateFormat = nullptr;
    QComboBox *m_decimal = nullptr;
    QComboBox *m_ds = nullptr;
    QComboBox *m_y = nullptr;
    QComboBox *m_cap = nullptr;
    QComboBox *m_floor = nullptr;
    QComboBox *m_group = nullptr;
    QListWidget *m_regressors = nullptr;
    QTableWidget *m_table = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QLabel *m_status = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace prognos
