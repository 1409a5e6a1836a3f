#include "ui/cleaningpanel.h"
#include "ui/datapage.h"
#include "ui/mainwindow.h"
#include "ui/modelsettingsfile.h"
#include "ui/qualitypanel.h"
#include "ui/seriestablemodel.h"
#include "ui/session.h"
#include "ui/sessionwidget.h"

#include <QAction>
#include <QJsonArray>
#include <QListWidget>
#include <QTest>
#include <QUndoStack>

#include <cmath>
#include <cstring>

using namespace prognos;

namespace {

// Equal including NaN in the same places, bit for bit.
bool identical(const std::vector<double> &a, const std::vector<double> &b)
{
    return a.size() == b.size() &&
           (a.empty() || std::memcmp(a.data(), b.data(), a.size() * sizeof(double)) == 0);
}

// Linear interpolation in time of the missing values, written out independently of the
// cleaning pipeline.
std::vector<double> interpolated(const SeriesTable &table)
{
    std::vector<double> y = table.y;
    for (std::size_t i = 0; i < y.size(); ++i) {
        if (!std::isnan(y[i]))
            continue;
        std::size_t before = i, after = i;
        while (before > 0 && std::isnan(table.y[before]))
            --before;
        while (after + 1 < y.size() && std::isnan(table.y[after]))
            ++after;
        const double t0 = double(table.ds[before]), t1 = double(table.ds[after]);
        const double y0 = table.y[before], y1 = table.y[after];
        y[i] = y0 + (y1 - y0) * (double(table.ds[i]) - t0) / (t1 - t0);
    }
    return y;
}

} // namespace

class TestCleaning : public QObject
{
    Q_OBJECT

private slots:
    void undoRedoOfACleaningStep();
    void undoFollowsTheCurrentTab();
    void stepsAreEditedRemovedAndReordered();
    void excludedOutliersShowInGridChartAndQuality();
    void failingStepKeepsTheRawData();
    void stepsTravelInTheSettingsFile();
};

void TestCleaning::undoRedoOfACleaningStep()
{
    MainWindow window;
    QVERIFY(window.openSample());
    SessionWidget *widget = window.currentSession();
    Session *session = widget->session();
    const std::vector<double> before = session->table().y;
    const QList<int> missing = session->quality().missingRows;
    QCOMPARE(missing, QList<int>({46, 47, 311, 612, 903, 1151}));
    QVERIFY(!window.undoAction()->isEnabled());

    // A finished forecast is stale once the data changes.
    ForecastOutput stale;
    stale.status = Status::Ok;
    session->setResult(stale);

    widget->cleaningPanel()->addStep(CleaningStep::fillMissing(CleaningStep::Fill::Linear));
    QVERIFY(!session->result().ok());
    QCOMPARE(widget->cleaningPanel()->stepList()->count(), 1);
    const std::vector<double> after = session->table().y;
    const std::vector<double> expected = interpolated(session->import().series);
    QCOMPARE(after.size(), before.size());
    for (std::size_t i = 0; i < after.size(); ++i) {
        if (std::isnan(before[i]))
            QCOMPARE(after[i], expected[i]);
        else
            QCOMPARE(after[i], before[i]); // QCOMPARE on doubles: within 1e-12 relative
    }
    // Rows 46 and 47 lie between record 45 and record 48, a day apart each.
    const std::vector<double> &raw = session->import().series.y;
    QCOMPARE(after[45], raw[44] + (raw[47] - raw[44]) / 3.0);
    QCOMPARE(after[46], raw[44] + 2.0 * (raw[47] - raw[44]) / 3.0);
    // The grid and the quality panel show the cleaned rows: nothing is missing any more.
    QVERIFY(session->quality().missingRows.isEmpty());
    QVERIFY(!(widget->gridModel()->rowFlags(45) & SeriesTableModel::Missing));
    QCOMPARE(widget->gridModel()
                 ->data(widget->gridModel()->index(45, 2), Qt::DisplayRole)
                 .toString()
                 .isEmpty(),
             false);

    QVERIFY(window.undoAction()->isEnabled());
    window.undoAction()->trigger();
    QVERIFY(identical(session->table().y, before));
    QCOMPARE(session->quality().missingRows, missing);
    QCOMPARE(widget->cleaningPanel()->stepList()->count(), 0);
    QVERIFY(widget->gridModel()->rowFlags(45) & SeriesTableModel::Missing);

    QVERIFY(window.redoAction()->isEnabled());
    window.redoAction()->trigger();
    QVERIFY(identical(session->table().y, after));
    QCOMPARE(widget->cleaningPanel()->stepList()->count(), 1);
    QVERIFY(session->quality().missingRows.isEmpty());
}

void TestCleaning::undoFollowsTheCurrentTab()
{
    MainWindow window;
    QVERIFY(window.openSample());
    window.currentSession()->cleaningPanel()->addStep(
        CleaningStep::fillMissing(CleaningStep::Fill::Zero));
    QVERIFY(window.undoAction()->isEnabled());
    QVERIFY(window.openSample());
    QVERIFY(!window.undoAction()->isEnabled());
    window.closeSession(1);
    QVERIFY(window.undoAction()->isEnabled());
    Session *session = window.currentSession()->session();
    QCOMPARE(session->table().y[45], 0.0);
    QCOMPARE(window.undoAction()->shortcut(), QKeySequence(QKeySequence::Undo));
    QCOMPARE(window.redoAction()->shortcut(), QKeySequence(QKeySequence::Redo));
    window.undoAction()->trigger();
    QVERIFY(std::isnan(session->table().y[45]));
}

void TestCleaning::stepsAreEditedRemovedAndReordered()
{
    MainWindow window;
    QVERIFY(window.openSample());
    SessionWidget *widget = window.currentSession();
    Session *session = widget->session();
    CleaningPanel *panel = widget->cleaningPanel();
    panel->addStep(CleaningStep::fillMissing(CleaningStep::Fill::Zero));
    panel->addStep(CleaningStep::transformValues(ValueTransform::Kind::Log1p));
    QCOMPARE(session->table().y[45], 0.0); // log1p(0)
    QCOMPARE(session->table().y[0], std::log1p(261.35));

    // The transform first: the zero fill then comes after it.
    panel->moveStep(1, 0);
    QCOMPARE(session->pipeline().steps().at(0).kind, CleaningStep::Kind::Transform);
    QCOMPARE(panel->stepList()->item(0)->text(), session->pipeline().steps().at(0).describe());
    QCOMPARE(session->table().y[0], std::log1p(261.35));

    panel->replaceStep(1, CleaningStep::fillMissing(CleaningStep::Fill::ForwardFill));
    QCOMPARE(session->table().y[45], session->table().y[44]);
    panel->removeStep(0);
    QCOMPARE(session->table().y[0], 261.35);
    QCOMPARE(session->pipeline().steps().size(), 1);
    QCOMPARE(session->undoStack()->count(), 5);

    for (int i = 0; i < 5; ++i)
        session->undoStack()->undo();
    QVERIFY(session->pipeline().steps().isEmpty());
    QVERIFY(std::isnan(session->table().y[45]));
}

void TestCleaning::excludedOutliersShowInGridChartAndQuality()
{
    MainWindow window;
    QVERIFY(window.openSample());
    SessionWidget *widget = window.currentSession();
    Session *session = widget->session();
    QList<int> outlierRows;
    for (const Outlier &outlier : session->rawQuality().outliers)
        outlierRows.append(outlier.row);
    QVERIFY(!outlierRows.isEmpty());

    widget->cleaningPanel()->addStep(CleaningStep::excludeOutliers());
    QCOMPARE(session->cleaned().excludedRows, outlierRows);
    for (int record : outlierRows) {
        const int row = widget->gridModel()->rowOfRecord(record);
        QVERIFY(row >= 0);
        QVERIFY(widget->gridModel()->rowFlags(row) & SeriesTableModel::Excluded);
        QVERIFY(std::isnan(session->table().y[std::size_t(row)]));
        QVERIFY(session->quality().missingRows.contains(record));
    }
    QVERIFY(widget->qualityPanel()->entryCount() > 0);
}

void TestCleaning::failingStepKeepsTheRawData()
{
    MainWindow window;
    QVERIFY(window.openSample());
    SessionWidget *widget = window.currentSession();
    Session *session = widget->session();
    widget->cleaningPanel()->addStep(CleaningStep::selectGroup(QStringLiteral("North")));
    QVERIFY(!session->cleaned().ok);
    QCOMPARE(session->table().size(), session->import().series.size());
    QVERIFY(!session->runProblems().isEmpty());
}

void TestCleaning::stepsTravelInTheSettingsFile()
{
    MainWindow window;
    QVERIFY(window.openSample());
    Session *first = window.currentSession()->session();
    QVERIFY(!ModelSettingsFile::toJson(*first).contains(QStringLiteral("cleaning")));
    window.currentSession()->cleaningPanel()->addStep(
        CleaningStep::aggregateDuplicates(CleaningStep::Aggregator::Sum));
    window.currentSession()->cleaningPanel()->addStep(
        CleaningStep::fillMissing(CleaningStep::Fill::ForwardFill));
    const QJsonObject saved = ModelSettingsFile::toJson(*first);
    const QJsonArray cleaning = saved.value(QStringLiteral("cleaning")).toArray();
    QCOMPARE(cleaning.size(), 2);
    QCOMPARE(cleaning.at(0).toObject().value(QStringLiteral("step")).toString(),
             QStringLiteral("aggregate_duplicates"));
    QCOMPARE(cleaning.at(1).toObject().value(QStringLiteral("fill")).toString(),
             QStringLiteral("forward_fill"));

    QVERIFY(window.openSample());
    Session *second = window.currentSession()->session();
    QStringList warnings, errors;
    QVERIFY(ModelSettingsFile::apply(saved, *second, warnings, errors));
    QVERIFY(errors.isEmpty());
    QCOMPARE(window.currentSession()->cleaningPanel()->stepCount(), 2);
    QVERIFY(identical(second->table().y, first->table().y));
    QCOMPARE(second->table().y[45], second->table().y[44]);
    // Loading the steps is one step of Edit > Undo.
    window.undoAction()->trigger();
    QVERIFY(second->pipeline().steps().isEmpty());
    QVERIFY(std::isnan(second->table().y[45]));

    QJsonObject broken = saved;
    broken.insert(QStringLiteral("cleaning"), QJsonArray{QJsonObject{{"step", "shuffle"}}});
    errors.clear();
    QVERIFY(!ModelSettingsFile::apply(broken, *second, warnings, errors));
    QVERIFY(!errors.isEmpty());
    QVERIFY(second->pipeline().steps().isEmpty());
}

QTEST_MAIN(TestCleaning)
#include "tst_cleaning.moc"
