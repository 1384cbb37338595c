


package blocking




