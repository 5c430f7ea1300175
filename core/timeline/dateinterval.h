#pragma once

// The timeline places entries by the domain's day intervals
// (core/domain/dayinterval.h); these are the names it uses for them.

#include "core/domain/dayinterval.h"

namespace claimdesk::timeline {

using claimdesk::civilOf;
using claimdesk::Day;
using claimdesk::DayInterval;
using claimdesk::dayOf;
using claimdesk::durationDays;
using claimdesk::intervalOf;
using claimdesk::isoDate;
using claimdesk::Precision;
using claimdesk::YearMonthDay;

}  // namespace claimdesk::timeline
