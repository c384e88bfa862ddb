changequote(`
', `;')
quoted text;x
