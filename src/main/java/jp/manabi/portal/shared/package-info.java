/**
 * Building blocks every module may use: the municipality's settings, validation of
 * residents' input, and web layout support. An open module: it depends on no other module.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package jp.manabi.portal.shared;
