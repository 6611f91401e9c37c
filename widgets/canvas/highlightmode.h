#pragma once

// The highlight modes of the canvas (View > Highlight). One definition serves
// the canvas and the main window: the enum and its settings spelling live with
// the insight views (widgets/insight/highlightmode.h, which the main window
// includes under the same name); the canvas only needs the enum itself, so this
// header forwards to it instead of declaring a second, clashing enum.
#include "../insight/highlightmode.h"
