import { jsx as _jsx, jsxs as _jsxs } from "react/jsx-runtime";
// The DKFDS spinner with its text, announced to screen readers (unless already inside a live region).
export function Loading({ text, inLiveRegion = false }) {
    return (_jsxs("div", { className: "spinner-status mt-5", role: inLiveRegion ? undefined : 'status', children: [_jsx("div", { className: "spinner", "aria-hidden": "true" }), _jsx("span", { className: "ml-3", children: text })] }));
}
//# sourceMappingURL=Loading.js.map