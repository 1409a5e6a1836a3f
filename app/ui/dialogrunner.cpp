#include "dialogrunner.h"

#include <QDialog>

namespace prognos {

namespace {

DialogRunner::Answer &installedAnswer()
{
    static DialogRunner::Answer answer;
    return answer;
}

} // namespace

int DialogRunner::exec(QDialog &dialog)
{
    if (const Answer &answer = installedAnswer())
        return answer(dialog);
    return dialog.exec();
}

void DialogRunner::setAnswerForTesting(Answer answer)
{
    installedAnswer() = std::move(answer);
}

} // namespace prognos
