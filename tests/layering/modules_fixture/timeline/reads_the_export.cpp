// A file that breaks the layering: the check must fail on this folder.
#include "core/export/exportfilter.h"
