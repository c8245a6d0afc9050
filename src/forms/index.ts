export { phuLucPcmd } from "./phu-luc-pcmd";
