#include "highlightmode.h"

namespace OrgMap {

QString toString(HighlightMode mode)
{
    switch (mode) {
    case HighlightMode::Orphans:
        return u"orphans"_qs;
    case HighlightMode::Coupling:
        return u"coupling"_qs;
    case HighlightMode::Ownership:
        return u"ownership"_qs;
    case HighlightMode::None:
        break;
    }
    return u"none"_qs;
}

HighlightMode highlightModeFromString(const QString &text, HighlightMode fallback)
{
    for (HighlightMode mode : {HighlightMode::None, HighlightMode::Orphans, HighlightMode::Coupling,
                               HighlightMode::Ownership})
        if (text == toString(mode))
            return mode;
    return fallback;
}

} // namespace OrgMap
