/* The custom functions' bundle: each file under formulas/ declares a group of =CHANNEL.* functions (JSDoc is the
   metadata, one call each) and registers them with CustomFunctions.associate; zh-CN text lives in translations/zh-cn.json. */
import "./formulas/rateFormulas";
import "./formulas/economicsFormulas";
import "./formulas/fitFormulas";
import "./formulas/teamFormulas";
import "./formulas/planFormulas";
import "./formulas/referenceFormulas";
