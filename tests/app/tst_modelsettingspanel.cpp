#include "ui/advancedsettingsform.h"
#include "ui/modelsettingspanel.h"
#include "ui/settingsform.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace prognos;

class TestModelSettingsPanel : public QObject
{
    Q_OBJECT

private slots:
    void defaultsAreProphets();
    void invalidIntervalWidthDisablesRun();
    void problemsGoUnderTheirField_data();
    void problemsGoUnderTheirField();
    void badChangepointDateIsAProblem();
    void everyFieldHasATooltip();
    void editsAreSignalled();
};

void TestModelSettingsPanel::defaultsAreProphets()
{
    ModelSettingsPanel panel;
    const ProphetConfig config = panel.config();
    const ProphetConfig prophet;
    QCOMPARE(config.intervalWidth, prophet.intervalWidth);
    QCOMPARE(config.nChangepoints, prophet.nChangepoints);
    QCOMPARE(config.changepointPriorScale, prophet.changepointPriorScale);
    QCOMPARE(config.uncertaintySamples, prophet.uncertaintySamples);
    QVERIFY(config.yearlySeasonality == prophet.yearlySeasonality);
    QVERIFY(!config.changepoints.has_value());
}

void TestModelSettingsPanel::invalidIntervalWidthDisablesRun()
{
    ModelSettingsPanel panel;
    panel.showProblems({});
    QVERIFY(panel.runButton()->isEnabled());

    auto *width = panel.findChild<QDoubleSpinBox *>(QStringLiteral("interval_width"));
    QVERIFY(width);
    width->setValue(1.0);
    QStringList problems;
    for (const std::string &problem : panel.config().validate())
        problems.append(QString::fromStdString(problem));
    panel.showProblems(problems);

    QVERIFY(!panel.runButton()->isEnabled());
    QVERIFY(panel.runReason()->text().contains(QStringLiteral("interval_width")));
    QLabel *fieldProblem = panel.simpleForm()->problemLabel(QStringLiteral("interval_width"));
    QVERIFY(fieldProblem);
    QVERIFY(!fieldProblem->isHidden());
    QVERIFY(fieldProblem->text().contains(QStringLiteral("between 0 and 1")));
}

void TestModelSettingsPanel::problemsGoUnderTheirField_data()
{
    QTest::addColumn<QString>("problem");
    QTest::addColumn<QString>("field");
    QTest::addColumn<bool>("advanced");
    QTest::newRow("growth") << "Logistic growth needs a cap column."
                            << "growth" << false;
    QTest::newRow("n_changepoints") << "n_changepoints must be 0 or more."
                                    << "n_changepoints" << true;
    QTest::newRow("changepoint_prior_scale") << "changepoint_prior_scale must be greater than 0."
                                             << "changepoint_prior_scale" << true;
}

void TestModelSettingsPanel::problemsGoUnderTheirField()
{
    QFETCH(QString, problem);
    QFETCH(QString, field);
    QFETCH(bool, advanced);
    ModelSettingsPanel panel;
    panel.showProblems({problem});
    SettingsForm *form =
        advanced ? static_cast<SettingsForm *>(panel.advancedForm()) : panel.simpleForm();
    QCOMPARE(form->problemLabel(field)->text(), problem);
    QVERIFY(!panel.runButton()->isEnabled());
    QVERIFY(panel.runReason()->text().contains(problem));
}

void TestModelSettingsPanel::badChangepointDateIsAProblem()
{
    ModelSettingsPanel panel;
    auto *dates = panel.findChild<QLineEdit *>(QStringLiteral("changepoints"));
    QVERIFY(dates);
    dates->setText(QStringLiteral("2022-03-01, someday"));
    QCOMPARE(panel.ownProblems().size(), 1);
    QVERIFY(panel.ownProblems().first().contains(QStringLiteral("someday")));
    QCOMPARE(panel.config().changepoints->size(), std::size_t(1));
}

void TestModelSettingsPanel::everyFieldHasATooltip()
{
    ModelSettingsPanel panel;
    const auto fields = panel.findChildren<QWidget *>();
    int checked = 0;
    for (QWidget *field : fields) {
        if (!qobject_cast<QComboBox *>(field) && !qobject_cast<QAbstractSpinBox *>(field) &&
            !qobject_cast<QLineEdit *>(field))
            continue;
        if (qobject_cast<QLineEdit *>(field) && qobject_cast<QAbstractSpinBox *>(field->parent()))
            continue; // the editor inside a spin box
        QVERIFY2(!field->toolTip().isEmpty(), qPrintable(field->objectName()));
        ++checked;
    }
    QVERIFY(checked >= 20);
}

void TestModelSettingsPanel::editsAreSignalled()
{
    ModelSettingsPanel panel;
    QSignalSpy spy(&panel, &ModelSettingsPanel::settingsEdited);
    panel.findChild<QComboBox *>(QStringLiteral("growth"))->setCurrentIndex(2);
    QCOMPARE(spy.count(), 1);
    QVERIFY(panel.config().growth == Growth::Flat);
}

QTEST_MAIN(TestModelSettingsPanel)
#include "tst_modelsettingspanel.moc"
