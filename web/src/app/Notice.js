import { jsx as _jsx, jsxs as _jsxs, Fragment as _Fragment } from "react/jsx-runtime";
/** An error message read out as soon as it appears. */
export function ErrorAlert({ text }) {
    return (_jsx("div", { className: "alert alert-error", role: "alert", children: _jsx("p", { className: "alert-text", children: text }) }));
}
/**
 * The polite live region with the success message, and the error after it. `children` are announced in the same
 * region, before the message (a loading spinner, a count), so a page has one live region, not several.
 */
export function NoticeRegion({ notice = null, className, children, }) {
    return (_jsxs(_Fragment, { children: [_jsxs("div", { role: "status", "aria-live": "polite", className: className, children: [children, notice && !notice.error && (_jsx("div", { className: "alert alert-success", children: _jsx("p", { className: "alert-text", children: notice.text }) }))] }), notice?.error && _jsx(ErrorAlert, { text: notice.text })] }));
}
//# sourceMappingURL=Notice.js.map