<?xml version="1.0" encoding="utf-8"?>
<!-- Shows an Atom feed of the atlas as a readable page when a browser opens it. Feed readers
     ignore this file. No scripts, no external resources. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform" xmlns:atom="http://www.w3.org/2005/Atom">
  <xsl:output method="html" encoding="utf-8" indent="yes"/>
  <xsl:template match="/atom:feed">
    <html lang="en">
      <head>
        <meta charset="utf-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <title><xsl:value-of select="atom:title"/> (Atom feed)</title>
      </head>
      <body style="font-family: system-ui, sans-serif; max-width: 48rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.5">
        <p style="padding: 0.75rem; border: 1px solid #94a3b8; border-radius: 0.375rem">
          This is an Atom feed: copy its address into a feed reader to follow the changes.
          <a href="{atom:link[@rel='alternate']/@href}">Open the page it mirrors</a>.
        </p>
        <h1><xsl:value-of select="atom:title"/></h1>
        <xsl:for-each select="atom:entry">
          <section style="border-top: 1px solid #cbd5e1; padding: 0.5rem 0">
            <h2 style="font-size: 1.1rem; margin: 0.25rem 0">
              <a href="{atom:link/@href}"><xsl:value-of select="atom:title"/></a>
            </h2>
            <p style="margin: 0; color: #475569; font-size: 0.875rem"><xsl:value-of select="substring(atom:updated, 1, 10)"/></p>
          </section>
        </xsl:for-each>
      </body>
    </html>
  </xsl:template>
</xsl:stylesheet>
