#include "futurevalueseditor.h"

#include "futurevaluesmodel.h"

#include "data/numberparser.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QTableView>
#include <QVBoxLayout>

#include <cmath>

namespace prognos {

namespace {

std::optional<double> numberIn(const QLineEdit *edit, bool *ok = nullptr)
{
    const QString text = edit->text().trimmed();
    double value = 0;
    const bool read = !text.isEmpty() && NumberParser::parse(text, QLatin1Char('.'), value) &&
                      std::isfinite(value);
    if (ok)
        *ok = text.isEmpty() || read;
    return read ? std::optional<double>(value) : std::nullopt;
}

QString numberText(std::optional<double> value)
{
    return value ? QString::number(*value, 'g', 15) : QString();
}

} // namespace

FutureValuesEditor::FutureValuesEditor(QWidget *parent)
    : QWidget(parent)
    , m_model(new FutureValuesModel(this))
    , m_view(new QTableView(this))
    , m_note(new QLabel(this))
{
    m_limits = new QWidget(this);
    m_historyCap = new QLineEdit(m_limits);
    m_historyCap->setObjectName(QStringLiteral("history_cap"));
    m_historyCap->setPlaceholderText(tr("none"));
    m_historyCap->setToolTip(tr("The data has no cap column: the capacity of every history "
                                "row for logistic growth. The trend levels off below it, and "
                                "the future cap starts from it."));
    m_historyFloor = new QLineEdit(m_limits);
    m_historyFloor->setObjectName(QStringLiteral("history_floor"));
    m_historyFloor->setPlaceholderText(tr("none (0)"));
    m_historyFloor->setToolTip(tr("The data has no floor column: the lowest level of every "
                                  "history row for logistic growth; empty means no floor."));
    auto *limits = new QFormLayout(m_limits);
    limits->setContentsMargins(0, 0, 0, 0);
    m_historyCapLabel = new QLabel(tr("History cap"), m_limits);
    m_historyCapLabel->setToolTip(m_historyCap->toolTip());
    m_historyFloorLabel = new QLabel(tr("History floor"), m_limits);
    m_historyFloorLabel->setToolTip(m_historyFloor->toolTip());
    limits->addRow(m_historyCapLabel, m_historyCap);
    limits->addRow(m_historyFloorLabel, m_historyFloor);

    m_problems = new QLabel(this);
    m_problems->setObjectName(QStringLiteral("futureProblems"));
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(QStringLiteral("color: #d03030;"));
    m_problems->setVisible(false);
    m_note->setObjectName(QStringLiteral("futureNote"));
    m_note->setWordWrap(true);
    m_view->setObjectName(QStringLiteral("futureValuesTable"));
    m_view->setModel(m_model);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->setToolTip(tr("Values of cap, floor, regressors and conditions on the horizon's "
                          "dates: the forecast uses them as given. Double-click to edit, or "
                          "paste a column copied from a spreadsheet with Ctrl+V."));
    auto *paste = new QAction(tr("Paste"), m_view);
    paste->setShortcut(QKeySequence::Paste);
    paste->setShortcutContext(Qt::WidgetShortcut);
    m_view->addAction(paste);
    connect(paste, &QAction::triggered, this, &FutureValuesEditor::pasteClipboard);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_limits);
    layout->addWidget(m_problems);
    layout->addWidget(m_note);
    layout->addWidget(m_view, 1);
    connect(m_model, &FutureValuesModel::valuesEdited, this, [this] {
        updateNote();
        emit valuesEdited();
    });
    for (QLineEdit *edit : {m_historyCap, m_historyFloor})
        connect(edit, &QLineEdit::textEdited, this, &FutureValuesEditor::historyLimitsEdited);
    setHistoryLimits(true, true, std::nullopt, std::nullopt);
    updateNote();
}

void FutureValuesEditor::setValues(const FutureValues &values)
{
    m_model->setValues(values);
    updateNote();
}

const FutureValues &FutureValuesEditor::values() const
{
    return m_model->values();
}

void FutureValuesEditor::setHistoryLimits(bool dataHasCap, bool dataHasFloor,
                                          std::optional<double> cap, std::optional<double> floor)
{
    m_historyCap->setText(numberText(cap));
    m_historyFloor->setText(numberText(floor));
    m_historyCap->setVisible(!dataHasCap);
    m_historyCapLabel->setVisible(!dataHasCap);
    m_historyFloor->setVisible(!dataHasFloor);
    m_historyFloorLabel->setVisible(!dataHasFloor);
    m_limits->setVisible(!dataHasCap || !dataHasFloor);
}

std::optional<double> FutureValuesEditor::historyCap() const
{
    return m_historyCap->isHidden() ? std::nullopt : numberIn(m_historyCap);
}

std::optional<double> FutureValuesEditor::historyFloor() const
{
    return m_historyFloor->isHidden() ? std::nullopt : numberIn(m_historyFloor);
}

QStringList FutureValuesEditor::ownProblems() const
{
    QStringList problems;
    bool ok = true;
    numberIn(m_historyCap, &ok);
    if (!ok)
        problems.append(tr("History cap: \"%1\" is not a number.").arg(m_historyCap->text()));
    numberIn(m_historyFloor, &ok);
    if (!ok)
        problems.append(tr("History floor: \"%1\" is not a number.").arg(m_historyFloor->text()));
    return problems;
}

QStringList FutureValuesEditor::showProblems(const QStringList &problems)
{
    QStringList own;
    QStringList others;
    for (const QString &problem : problems) {
        const bool mine = problem.startsWith(QLatin1String("Future values")) ||
                          problem.startsWith(QLatin1String("History "));
        (mine ? own : others).append(problem);
    }
    m_problems->setText(own.join(QLatin1Char('\n')));
    m_problems->setVisible(!own.isEmpty());
    return others;
}

bool FutureValuesEditor::pasteText(const QString &text, QString &error)
{
    QModelIndex at = m_view->currentIndex();
    if (!at.isValid())
        at = m_model->index(0, 1);
    return m_model->paste(at, text, error);
}

void FutureValuesEditor::pasteClipboard()
{
    QString error;
    if (!pasteText(QApplication::clipboard()->text(), error))
        QMessageBox::warning(this, tr("Cannot paste"), error);
}

void FutureValuesEditor::updateNote()
{
    QString note;
    if (m_model->values().names.empty())
        note = tr("The model needs no future values besides the dates.");
    else if (m_model->anyCarried())
        note = tr("Values in grey italics were carried forward from the last known value: "
                  "replace them with what you expect, by editing or pasting (Ctrl+V).");
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
}

} // namespace prognos
