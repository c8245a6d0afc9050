module.exports = () => require("./sample-hashes").setup();
