#include "importlog.h"

Q_LOGGING_CATEGORY(lcImport, "prognos.import")
