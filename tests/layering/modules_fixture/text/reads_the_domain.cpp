// A file that breaks the layering: the check must fail on this folder.
#include "core/domain/speakerkey.h"
