import { jsx as _jsx, jsxs as _jsxs } from "react/jsx-runtime";
// The DKFDS error summary (fejlopsummering): every error once, each a link that moves focus to its field.
// The form focuses the summary after a refused submit, so a screen reader reads it at once.
import { useId } from 'react';
/** Focus the field itself: following a fragment link alone does not focus an input in every browser. */
function focusTarget(e, target) {
    const field = document.getElementById(target);
    if (!field)
        return;
    e.preventDefault();
    field.focus();
    field.scrollIntoView({ block: 'center' });
}
export function ErrorSummary(props) {
    const { heading, items, level = 2, ref } = props;
    const headingId = useId();
    if (items.length === 0)
        return null;
    const Heading = `h${level}`;
    return (_jsx("div", { className: "alert alert-error", role: "alert", "aria-labelledby": headingId, "data-module": "error-summary", tabIndex: -1, ref: ref, children: _jsxs("div", { className: "alert-body", children: [_jsx(Heading, { className: "alert-heading", id: headingId, children: heading }), _jsx("ul", { className: "alert-text nobullet-list", children: items.map((i) => (_jsx("li", { children: i.target ? (_jsx("a", { href: `#${i.target}`, onClick: (e) => focusTarget(e, i.target ?? ''), children: i.message })) : (i.message) }, i.target ?? i.message))) })] }) }));
}
//# sourceMappingURL=ErrorSummary.js.map