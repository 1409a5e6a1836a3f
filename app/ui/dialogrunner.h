#pragma once

#include <functional>

class QDialog;

namespace prognos {

/// Runs the application's modal dialogs (file dialogs, export options, error messages). Tests
/// answer them without an event loop of their own by installing an answer; the application
/// never does.
class DialogRunner
{
public:
    /// Fills in or inspects the dialog and returns its result (QDialog::Accepted or Rejected).
    using Answer = std::function<int(QDialog &dialog)>;

    /// The dialog's exec(), or the installed answer.
    static int exec(QDialog &dialog);

    /// Answers every dialog with `answer` from now on; an empty function restores exec().
    static void setAnswerForTesting(Answer answer);
};

} // namespace prognos
