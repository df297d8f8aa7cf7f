/** The version of the JSON report format (`version` in every report; readers check it). */
export const JSON_REPORT_VERSION = 1;
